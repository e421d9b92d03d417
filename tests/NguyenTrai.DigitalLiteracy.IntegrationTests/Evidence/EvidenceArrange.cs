using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;

/// <summary>Entries created straight in the database (the entry screens are another feature) and multipart posts like a browser's.</summary>
internal static class EvidenceArrange
{
    public static Task<int> TrainingEntryAsync(PortalFactory factory, string unitCode, DateOnly? date = null) =>
        factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var entry = new TrainingSession
            {
                UnitId = unit.Id,
                Title = "Hướng dẫn cài đặt VNeID cho hội viên",
                Date = date ?? DateOnly.FromDateTime(PortalFactory.DefaultNow.UtcDateTime.AddHours(7)),
                Format = TrainingFormat.GuidanceSession,
                Platforms = DigitalPlatforms.VNeID,
                ParticipantsTotal = 20,
                CreatedAtUtc = PortalFactory.DefaultNow.UtcDateTime,
                CreatedById = "test",
            };
            db.Entries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    /// <summary>A day inside a past monthly period whose report the unit has had approved.</summary>
    public static Task<DateOnly> ApprovedDayAsync(PortalFactory factory, string unitCode) =>
        factory.WithDbAsync(db => db.UnitReports
            .Where(r => r.Unit!.Code == unitCode && r.Status == UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly)
            .OrderByDescending(r => r.ReportingPeriod!.EndDate)
            .Select(r => r.ReportingPeriod!.EndDate)
            .FirstAsync());

    public static Task<List<Attachment>> AttachmentsOfAsync(PortalFactory factory, int entryId) =>
        factory.WithDbAsync(db => db.Attachments.AsNoTracking().Where(a => a.EntryId == entryId).ToListAsync());

    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int entryId, byte[] bytes, string fileName, string browserType, string? caption = null)
    {
        var token = await client.GetAntiforgeryTokenAsync("/tai-khoan/doi-mat-khau");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(entryId.ToString(CultureInfo.InvariantCulture)), "EntryId" },
        };
        if (caption is not null)
        {
            form.Add(new StringContent(caption), "Caption");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(browserType);
        form.Add(file, "File", fileName);
        return await client.Http.PostAsync(new Uri("/minh-chung/tai-len", UriKind.Relative), form);
    }

    /// <summary>The flash message the next page shows after a redirect.</summary>
    public static async Task<string> FlashAfterRedirectAsync(PortalClient client, HttpResponseMessage response, string expectedPath)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedPath + "#evidence", response.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync("/");
        return page.TextOf("[role=alert], [role=status]");
    }

    /// <summary>403, 404, or the cookie handler's redirect to the Vietnamese 403 page.</summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/loi/403", StringComparison.Ordinal) == true);
        Assert.True(refused, $"Expected 403/404, got {(int)response.StatusCode} {response.Headers.Location}");
    }
}
