using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NguyenTrai.DigitalLiteracy.TestSupport;

/// <summary>
/// The portal on real Kestrel on a loopback port: what the in-memory test server cannot show (the Server header,
/// the client's address as a reverse proxy would present it, two processes' worth of hosts on one file).
/// </summary>
public class LoopbackPortalFactory : PortalFactory
{
    private Uri? baseAddress;

    public LoopbackPortalFactory()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Shares another factory's database file (a second instance of the same deployment).</summary>
    public LoopbackPortalFactory(PortalFactory sameDatabaseAs)
        : base(sameDatabaseAs)
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public Uri BaseAddress
    {
        get
        {
            if (baseAddress is null)
            {
                StartServer();
                var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
                baseAddress = new Uri(addresses.Addresses.First());
            }

            return baseAddress;
        }
    }

    /// <summary>A plain HttpClient over TCP, without cookies or redirects, for header-level checks.</summary>
    public HttpClient CreateLoopbackClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
}
