using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Tests.YouTube.Player;

/// <summary>Scripts the solver cannot use end in a <see cref="PlayerChallengeException"/> naming the player and why, never a crash or a hang.</summary>
public sealed class PlayerChallengeSolverTests
{
    private static readonly PlayerId Id = PlayerId.Parse("1234abcd");

    // A sig and an n of the recognised shapes, to combine with one broken part at a time.
    private const string Sig =
        "function Dk(a,b){return b.split('').reverse().join('')}" +
        "g.Ry=function(a,b,c){a&&(a=Dk(2,decodeURIComponent(a)),b.set(c,encodeURIComponent(a)));return b};";

    private const string N = "var Nf=function(a){return a.slice(2)+'x'};var Zq=[Nf];";

    [Fact]
    public void A_script_with_a_syntax_error_is_unparsable()
    {
        Failure("var _p={};(function(g){var a=;})(_p);").Reason.Should().Be(PlayerChallengeFailure.Unparsable);
    }

    [Fact]
    public void A_script_without_a_wrapping_function_is_unparsable()
    {
        Failure("var a=1;function b(c){return c}").Reason.Should().Be(PlayerChallengeFailure.Unparsable);
    }

    [Fact]
    public void A_player_without_either_function_has_none_found()
    {
        var failure = Failure(Player("var a=1;g.b=function(c){return c+a};"));

        failure.Reason.Should().Be(PlayerChallengeFailure.FunctionNotFound);
        failure.Message.Should().Contain("n and sig");
    }

    [Fact]
    public void A_player_without_sig_has_it_named_as_missing()
    {
        var failure = Failure(Player(N));

        failure.Reason.Should().Be(PlayerChallengeFailure.FunctionNotFound);
        failure.Message.Should().EndWith("no sig function of the known shapes");
    }

    [Fact]
    public void An_n_function_that_loops_forever_hits_the_time_limit()
    {
        var limits = new ChallengeEngineLimits { CallTimeoutMilliseconds = 200 };

        var failure = Failure(Player(Sig + "var Nf=function(a){for(;;){}};var Zq=[Nf];"), limits);

        failure.Reason.Should().Be(PlayerChallengeFailure.LimitExceeded);
        failure.Message.Should().Contain("time limit");
    }

    [Fact]
    public void A_definition_that_loops_forever_at_load_hits_the_time_limit()
    {
        var limits = new ChallengeEngineLimits { LoadTimeoutMilliseconds = 200 };

        Failure(Player(Sig + N + "var Hang=function(){for(;;);}();"), limits).Reason.Should().Be(PlayerChallengeFailure.LimitExceeded);
    }

    [Fact]
    public void A_definition_that_grows_without_end_hits_the_memory_limit()
    {
        var limits = new ChallengeEngineLimits { MaxHeapMegabytes = 32 };

        Failure(Player(Sig + N + "var Big=function(){var a=[];for(;;)a.push(new Array(1e5).fill(1.5));}();"), limits)
            .Reason.Should().Be(PlayerChallengeFailure.LimitExceeded);
    }

    [Fact]
    public void An_n_function_that_recurses_without_end_hits_the_stack_limit()
    {
        Failure(Player(Sig + "var Nf=function(a){return Nf(a+'a')};var Zq=[Nf];")).Reason.Should().Be(PlayerChallengeFailure.LimitExceeded);
    }

    [Fact]
    public void An_n_function_that_only_throws_leaves_no_candidate()
    {
        Failure(Player(Sig + "var Nf=function(a){return document.cookie.split(a)};var Zq=[Nf];"))
            .Reason.Should().Be(PlayerChallengeFailure.ScriptFailed);
    }

    [Fact]
    public void Two_n_candidates_that_disagree_are_ambiguous()
    {
        var failure = Failure(Player(Sig + N + "var Mf=function(a){return a.slice(3)};var Yq=[Mf];"));

        failure.Reason.Should().Be(PlayerChallengeFailure.Ambiguous);
    }

    [Fact]
    public void A_working_player_is_prepared_and_its_n_answers_come_from_the_function()
    {
        using var player = PlayerFixtures.Solver().Prepare(new PlayerScript(Id, Player(Sig + N)));

        player.SolveN("abcdef").Should().Be("cdefx");
        player.SolveSig("a%b").Should().Be("b%a");
        player.SignatureTimestamp.Should().BeNull();
    }

    private static string Player(string body) => "var _p={};(function(g){" + body + "g.start();})(_p);";

    private static PlayerChallengeException Failure(string source, ChallengeEngineLimits? limits = null)
    {
        var prepare = () => PlayerFixtures.Solver(limits).Prepare(new PlayerScript(Id, source)).Dispose();
        var failure = prepare.Should().Throw<PlayerChallengeException>().Which;
        failure.Player.Should().Be(Id);
        return failure;
    }
}
