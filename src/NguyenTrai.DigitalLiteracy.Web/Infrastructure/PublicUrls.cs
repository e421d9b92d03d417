namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>
/// The address printed in issued documents (under the QR code): <c>Portal:PublicBaseUrl</c>, because behind a reverse
/// proxy the request's own host may be an internal name; the request's scheme and host when it is not set.
/// </summary>
public static class PublicUrls
{
    public const string Setting = "Portal:PublicBaseUrl";

    public static string BaseUrl(HttpRequest request, IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
}
