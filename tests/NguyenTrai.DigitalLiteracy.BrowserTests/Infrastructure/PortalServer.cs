using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

/// <summary>The portal on a real Kestrel port on loopback, which a browser can reach.</summary>
public sealed class PortalServer : PortalFactory
{
    private string? baseUrl;

    public string BaseUrl
    {
        get
        {
            if (baseUrl is null)
            {
                StartServer();
                var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
                baseUrl = addresses.Addresses.First().TrimEnd('/');
            }

            return baseUrl;
        }
    }

    public PortalServer()
    {
        // .NET 10: the factory can host on Kestrel instead of the in-memory TestServer.
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
    }
}
