using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;

/// <summary>What the tests need to know about one entry type: where it lives and a valid form for it.</summary>
public sealed record EntryKind(string Name, string BasePath, EntryType Type, IReadOnlyDictionary<string, string?> ValidForm, string LongTextField)
{
    public static readonly EntryKind Propaganda = new("propaganda", "/hoat-dong/tuyen-truyen", EntryType.Propaganda, new Dictionary<string, string?>
    {
        ["Channel"] = "ZaloGroupPost", ["Mode"] = "Online", ["Quantity"] = "3", ["Place"] = "Nhà văn hóa thôn Lạc Dục",
        ["EstimatedReach"] = "150", ["ContentSummary"] = "Đăng bài hướng dẫn đăng ký tài khoản.",
    }, "ContentSummary");

    public static readonly EntryKind Training = new("training", "/hoat-dong/lop-hoc", EntryType.Training, new Dictionary<string, string?>
    {
        ["Format"] = "Class", ["DurationHours"] = "2,5", ["Place"] = "Hội trường UBND phường", ["Platforms"] = "VNeID",
        ["TargetGroups"] = "Elderly", ["ParticipantsTotal"] = "30", ["ParticipantsAdults"] = "28", ["ParticipantsWomen"] = "20", ["ParticipantsAged60Plus"] = "10",
        ["AccountsCreated"] = "5", ["Completions"] = "4", ["Instructors"] = "Chị Nguyễn Thị Hoa",
    }, "Instructors");

    public static readonly EntryKind Initiative = new("initiative", "/hoat-dong/sang-kien", EntryType.Initiative, new Dictionary<string, string?>
    {
        ["Kind"] = "GoodPractice", ["Field"] = "DailyLife", ["ProposerType"] = "Organisation", ["ProposerName"] = "Chi hội Phụ nữ thôn Lạc Dục",
        ["ProposerContact"] = "0912 345 678", ["Description"] = "Tổ hỗ trợ kỹ năng số tại chợ.", ["Results"] = "40 hộ kinh doanh dùng mã QR.",
    }, "Description");

    public static readonly EntryKind Integration = new("integration", "/hoat-dong/long-ghep", EntryType.Integration, new Dictionary<string, string?>
    {
        ["Target"] = "FatherlandFrontCampaign", ["PlanName"] = "Toàn dân đoàn kết xây dựng đô thị văn minh", ["OrganisingBody"] = "Ủy ban MTTQ phường",
        ["Content"] = "Giới thiệu nền tảng binhdanhocvuso.gov.vn tại hội nghị.", ["Reach"] = "80",
    }, "Content");

    public static readonly IReadOnlyList<EntryKind> All = [Propaganda, Training, Initiative, Integration];

    public static TheoryData<string> Names => new(All.Select(k => k.Name));

    public static EntryKind Named(string name) => All.Single(k => k.Name == name);

    /// <summary>The valid form with a title and date in the open month, plus the given changes.</summary>
    public Dictionary<string, string?> Form(string title, params (string Key, string? Value)[] changes)
    {
        var form = new Dictionary<string, string?>(ValidForm) { ["Title"] = title, ["Date"] = "20/11/2026" };
        foreach (var (key, value) in changes)
        {
            form[key] = value;
        }

        return form;
    }

    public override string ToString() => Name;
}

/// <summary>Shared steps of the entry tests.</summary>
public static class EntrySteps
{
    public static async Task<int> UnitIdAsync(this PortalFactory factory, string code) =>
        await factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<Entry?> FindByTitleAsync(this PortalFactory factory, string title) =>
        factory.WithDbAsync(db => db.Entries.IgnoreQueryFilters().Include(e => e.Campaigns).FirstOrDefaultAsync(e => e.Title == title));

    public static Task<int> CountAllEntriesAsync(this PortalFactory factory) =>
        factory.WithDbAsync(db => db.Entries.IgnoreQueryFilters().CountAsync());

    /// <summary>Creates an entry through its form and returns its id from the redirect to its details page.</summary>
    public static async Task<int> CreateAsync(this PortalClient client, EntryKind kind, string title, params (string Key, string? Value)[] changes)
    {
        var response = await client.SubmitFormAsync(kind.BasePath + "/tao-moi", kind.Form(title, changes));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Create returned {(int)response.StatusCode}: {string.Join(" | ", (await PortalClient.ParseAsync(response)).ValidationMessages())}");
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Refused: 403/404, or the cookie scheme's redirect to the 403 page.</summary>
    public static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/loi/403", StringComparison.Ordinal)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    public static IQueryable<Entry> OfKind(this AppDbContext db, EntryKind kind) => kind.Type switch
    {
        EntryType.Propaganda => db.PropagandaActivities,
        EntryType.Training => db.TrainingSessions,
        EntryType.Initiative => db.Initiatives,
        _ => db.IntegrationActivities,
    };
}
