using System.Net;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Hardening;

/// <summary>
/// The portal on real Kestrel on loopback with small upload limits: body limits, chunked bodies and the
/// error page's re-execution behave there as in production, not as in the in-memory test server.
/// </summary>
public sealed class KestrelPortal : LoopbackPortalFactory
{
    public const int SmallFileBytes = 64 * 1024;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Evidence:MaxFileBytes"] = SmallFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ExcelImport:MaxFileBytes"] = SmallFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RequestLimits:VerificationMaxBytes"] = SmallFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A browser-like client over the socket: its own cookies, redirects not followed.</summary>
#pragma warning disable CA2000 // The handler is disposed with the HttpClient the PortalClient owns.
    public async Task<PortalClient> SignInOverSocketAsync(string userName)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var client = new PortalClient(new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) });
        await client.SignInAsync(userName, DemoPassword);
        return client;
    }
#pragma warning restore CA2000
}

/// <summary>A body sent with Transfer-Encoding: chunked (no Content-Length announced), as a script or proxy may.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] bytes;

    public ChunkedContent(HttpContent inner)
    {
        bytes = inner.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        foreach (var header in inner.Headers.Where(h => h.Key != "Content-Length"))
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < bytes.Length; offset += 16 * 1024)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(16 * 1024, bytes.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
