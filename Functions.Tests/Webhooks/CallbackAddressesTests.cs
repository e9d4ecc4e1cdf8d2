using System.Net;
using YouTubeDownloader.Webhooks;

namespace YouTubeDownloader.Tests.Webhooks;

public sealed class CallbackAddressesTests
{
    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")] // CGNAT
    [InlineData("127.0.0.1")]
    [InlineData("127.8.8.8")]
    [InlineData("169.254.169.254")] // instance metadata
    [InlineData("168.63.129.16")] // Azure's platform address
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fd00::1")] // unique-local
    [InlineData("fd00:ec2::254")] // a cloud's metadata over IPv6
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.1")] // IPv4-mapped
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a00:1")] // NAT64 of 10.0.0.1
    [InlineData("2002:a00:1::1")] // 6to4 of 10.0.0.1
    [InlineData("ff02::1")]
    public void Private_loopback_link_local_and_reserved_addresses_are_not_public(string address) =>
        CallbackAddresses.IsPublic(IPAddress.Parse(address)).Should().BeFalse();

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("20.50.2.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Internet_addresses_are_public(string address) =>
        CallbackAddresses.IsPublic(IPAddress.Parse(address)).Should().BeTrue();
}
