using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies listed in ReverseProxy:KnownProxies
/// (addresses) or ReverseProxy:KnownNetworks (CIDR); from anyone else they are ignored, and with neither setting the
/// portal trusts no proxy at all (not even loopback). Behind a listed TLS proxy the request counts as HTTPS: the
/// cookies get Secure and HSTS is sent (outside Development). See docs/operations/reverse-proxy.md.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static void UsePortalForwardedHeaders(this WebApplication app)
    {
        var section = app.Configuration.GetSection(Section);
        var proxies = ReadList(section.GetSection("KnownProxies"));
        var networks = ReadList(section.GetSection("KnownNetworks"));
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = section.GetValue("ForwardLimit", 1),
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        proxies.ForEach(p => options.KnownProxies.Add(IPAddress.Parse(p)));
        networks.ForEach(n => options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n)));
        app.UseForwardedHeaders(options);
    }

    /// <summary>Either a list (ReverseProxy__KnownProxies__0=…) or one comma-separated value.</summary>
    private static List<string> ReadList(IConfigurationSection section) =>
        [.. (section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
            .Select(v => v.Trim()).Where(v => v.Length > 0)];
}
