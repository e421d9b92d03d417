using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

public sealed class InitiativeEvaluationTests
{
    [Fact]
    public async Task Office_reviews_and_selects_an_initiative_and_the_unit_sees_the_note()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        var id = await AddInitiativeAsync(factory, "Tổ Zalo hỗ trợ dịch vụ công cho hội viên");
        using var office = await factory.SignInAsync("vhxh");

        var list = await office.GetPageAsync("/danh-gia-sang-kien?status=Proposed");
        Assert.NotNull(list.QuerySelector($"a[href='/danh-gia-sang-kien/{id}']"));
        await office.SubmitFormAsync($"/danh-gia-sang-kien/{id}", new Dictionary<string, string?>(), "[data-testid=start-review-form]");
        var noNote = await office.SubmitFormAsync($"/danh-gia-sang-kien/{id}", new Dictionary<string, string?> { ["Decide.Note"] = "", ["selected"] = "true" }, "[data-testid=decide-form]");
        Assert.Contains("Vui lòng nhập nhận xét đánh giá.", (await PortalClient.ParseAsync(noNote)).ValidationMessages());
        var decided = await office.FollowAsync(await office.SubmitFormAsync($"/danh-gia-sang-kien/{id}",
            new Dictionary<string, string?> { ["Decide.Note"] = "Cách làm dễ nhân rộng, chọn báo cáo thành phố.", ["selected"] = "true" }, "[data-testid=decide-form]"));
        Assert.Equal("Được chọn báo cáo thành phố", decided.TextOf("[data-testid=initiative-status]"));

        using var staff = await factory.SignInAsync("hpn.canbo");
        var report = await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}");
        var shown = report.TextsOf("[data-testid=initiative-status]");
        Assert.Contains(shown, s => s.Contains("Được chọn báo cáo thành phố", StringComparison.Ordinal) && s.Contains("Cách làm dễ nhân rộng", StringComparison.Ordinal));
        Assert.Equal("1 chưa đọc", report.TextOf("[data-testid=notification-count]"));
        Assert.Contains("Cách làm dễ nhân rộng", (await staff.GetPageAsync("/thong-bao")).TextOf("[data-testid=notifications]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_evaluate()
    {
        using var factory = new PortalFactory();
        var id = await AddInitiativeAsync(factory, "Sáng kiến tự đánh giá");
        using var staff = await factory.SignInAsync("hpn.canbo");

        Reporting.AssertForbidden(await staff.GetAsync($"/danh-gia-sang-kien/{id}"));
    }

    private static async Task<int> AddInitiativeAsync(PortalFactory factory, string title)
    {
        var unitId = await factory.UnitIdAsync("HPN");
        return await factory.WithDbAsync(async db =>
        {
            var initiative = new Initiative
            {
                UnitId = unitId, Title = title, Date = new DateOnly(2026, 11, 20), Kind = InitiativeKind.GoodPractice, Field = InitiativeField.PublicAdministration,
                ProposerType = ProposerType.Organisation, ProposerName = "Chi hội Phụ nữ thôn Lạc Dục", Description = "Hỗ trợ hội viên làm thủ tục trực tuyến qua nhóm Zalo.",
                CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime, CreatedById = "seed",
            };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            return initiative.Id;
        });
    }
}
