using System.Net;
using AngleSharp.Html.Dom;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests;

/// <summary>Post-redirect-get as a browser does it: the page after a successful form shows the flash message.</summary>
public static class Redirects
{
    public static async Task<IHtmlDocument> FollowAsync(this PortalClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static string FlashSuccess(this IHtmlDocument page) => page.TextOf(".alert-success");
}
