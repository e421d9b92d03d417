using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

/// <summary>Look-ups and steps the reporting tests share: the open month, units by code, a submitted report.</summary>
internal static class Reporting
{
    /// <summary>The month being reported at the test clock (25/11/2026): window 15/11..14/12/2026.</summary>
    public const string OpenMonth = "Tháng 12/2026";

    public static Task<int> PeriodIdAsync(this PortalFactory factory, string name = OpenMonth) =>
        factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    public static Task<int> UnitIdAsync(this PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<UnitReport?> ReportAsync(this PortalFactory factory, string unitCode, int periodId) =>
        factory.WithDbAsync(db => db.UnitReports.AsNoTracking().Include(r => r.History)
            .FirstOrDefaultAsync(r => r.Unit!.Code == unitCode && r.ReportingPeriodId == periodId));

    /// <summary>Staff fill the narrative and press "Gửi báo cáo".</summary>
    public static async Task<HttpResponseMessage> SubmitReportAsync(this PortalClient staff, int periodId, string highlights = "Tổ chức 3 lớp hướng dẫn VNeID cho hội viên.")
    {
        var response = await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?>
        {
            ["Narrative.Highlights"] = highlights,
            ["intent"] = "submit",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    /// <summary>Follows the action's redirect and returns the page with its flash message.</summary>
    public static async Task<IHtmlDocument> FollowAsync(this PortalClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static string? FlashError(this IHtmlDocument page) => page.QuerySelector(".alert-danger[role=alert]")?.TextContent.Trim();

    public static string? FlashSuccess(this IHtmlDocument page) => page.QuerySelector(".alert-success[role=status]")?.TextContent.Trim();

    /// <summary>Refused with the Vietnamese 403 page on the requested URL.</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", response.Content.ReadAsStringAsync().GetAwaiter().GetResult(), StringComparison.Ordinal);
    }

    /// <summary>What the entry screens are told (EntryChangeGuard is what every entry create/edit/delete asks).</summary>
    public static async Task<string?> WhyLockedAsync(this PortalFactory factory, string unitCode, DateOnly date)
    {
        var unitId = await factory.UnitIdAsync(unitCode);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EntryChangeGuard>().WhyLockedAsync(unitId, date);
    }
}
