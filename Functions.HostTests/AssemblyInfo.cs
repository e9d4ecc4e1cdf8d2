// The host tests start real processes (host, worker, Azurite) and kill some of them on purpose: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
