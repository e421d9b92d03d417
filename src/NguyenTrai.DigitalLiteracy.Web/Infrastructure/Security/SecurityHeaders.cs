namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Security;

/// <summary>
/// Response headers: a CSP that allows no inline script (and no inline style attribute: widths are set by
/// site.js from data attributes), nosniff, no framing, and a referrer policy that keeps paths private.
/// </summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policies() => new HeaderPolicyCollection()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddFrameAncestors().None();
            csp.AddFormAction().Self();
            csp.AddBaseUri().Self();
        });
}
