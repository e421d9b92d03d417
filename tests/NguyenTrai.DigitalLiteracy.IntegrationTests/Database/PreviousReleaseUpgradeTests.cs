using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Database;

/// <summary>
/// A ward upgrading from the previous release keeps every figure: the demo ward's database is taken back to the
/// previous release's schema (its last migration, DashboardCoveringIndex), given what that release stored (the late
/// flag, an issued report with the old figures snapshot), counted there in plain SQL, then opened by this release,
/// which migrates it and freezes the approved reports' figures at start-up.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class PreviousReleaseUpgradeTests
{
    private const string PreviousRelease = "20261125202827_DashboardCoveringIndex";

    [Fact]
    public async Task Every_figure_is_unchanged_after_the_upgrade()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nguyentrai-upgrade-{Guid.NewGuid():N}.db");
        using (var template = new PortalFactory())
        {
            File.Copy(template.DatabasePath, path);
        }

        await DowngradeToPreviousReleaseAsync(path);
        var year = Counted(path, new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14));
        var october = Counted(path, new DateOnly(2026, 9, 15), new DateOnly(2026, 10, 14));
        var thematic = Counted(path, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31));
        Assert.True(year[4] > 0 && october[0] > 0 && thematic[0] > 0);

        using var upgraded = new UpgradedPortal(path);
        using var office = await upgraded.SignInAsync("vhxh");
        foreach (var (name, expected) in new[] { ("Năm 2026", year), ("Tháng 10/2026", october), ("Chuyên đề hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025", thematic) })
        {
            var periodId = await upgraded.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
            var page = await office.GetPageAsync($"/tong-quan?PeriodId={periodId}");
            Assert.Equal(
                expected,
                new long[] { page.Figure("propaganda"), page.Figure("propaganda-reach"), page.Figure("sessions"), page.Figure("participants"), page.Figure("women"), page.Figure("aged60"), page.Figure("accounts"), page.Figure("completions"), page.Figure("initiatives"), page.Figure("integrations") });
        }

        await upgraded.WithDbAsync(async db =>
        {
            // Backfilled: frozen figures of every approved monthly report; first submissions from the history; the
            // consolidating office no longer reports; units report monthly; the old issue got its workbook.
            var approved = await db.UnitReports.CountAsync(r => r.Status == Domain.Reports.UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly);
            Assert.Equal(approved, await db.ApprovedFigures.CountAsync(f => f.Key == NguyenTrai.DigitalLiteracy.Reporting.Figures.FigureKeys.VersionKey));
            Assert.Equal(0, await db.UnitReports.CountAsync(r => r.SubmittedAtUtc != null && r.FirstSubmittedAtUtc == null));
            Assert.False(await db.Units.Where(u => u.Code == "VHXH").Select(u => u.SubmitsReports).SingleAsync());
            Assert.True(await db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Monthly).AllAsync(p => p.RequiresUnitReports));
            Assert.False(await db.ReportingPeriods.Where(p => p.Kind != PeriodKind.Monthly).AnyAsync(p => p.RequiresUnitReports));
            var legacy = await db.IssuedReports.OrderBy(i => i.Id).FirstAsync(i => i.Number == "7/BC-VHXH");
            Assert.NotNull(legacy.Xlsx);
            var sheet = OneTruth.AppendixSheet.Read(legacy.Xlsx!, "B1 Tuyên truyền");
            Assert.Equal(12L, sheet.TotalOf("Số hoạt động")); // 5 + 7 in the old snapshot
            Assert.Contains("Kèm theo Báo cáo số 7/BC-VHXH ngày 01/02/2026", sheet.Heading);
            // Issue 10 backfill: the number split into (year, symbol, sequence), the trích yếu kept, a verification code;
            // the number the old counter gave twice keeps its first holder in the register, the other leaves the key.
            Assert.Equal((2026, "BC-VHXH", 7, Domain.Consolidation.IssuedDocumentKind.Report, "Báo cáo cũ"), (legacy.Year, legacy.Symbol, legacy.Sequence, legacy.Kind, legacy.Subject));
            Assert.Matches("^[0-9A-F]{16}$", legacy.VerificationCode);
            var twin = await db.IssuedReports.SingleAsync(i => i.PdfSha256 == "def");
            Assert.Equal(("7/BC-VHXH", -twin.Id, "Báo cáo cũ cấp trùng số"), (twin.Number, twin.Sequence, twin.Subject));
            Assert.NotEqual(legacy.VerificationCode, twin.VerificationCode);
            Assert.True(await db.Units.AllAsync(u => u.DocumentSymbol == u.Code && u.HeadPosition == "Thủ trưởng đơn vị"));
            var profile = await db.WardProfiles.SingleAsync();
            Assert.Equal(("UBND phường Nguyễn Trãi", "BC-UBND"), (profile.CommitteeName, profile.CommitteeSymbol));
        });
        using (var anonymous = upgraded.CreatePortalClient())
        {
            var legacyCode = await upgraded.WithDbAsync(db => db.IssuedReports.OrderBy(i => i.Id).Where(i => i.Number == "7/BC-VHXH").Select(i => i.VerificationCode).FirstAsync());
            var page = await anonymous.GetPageAsync($"/xac-minh/{legacyCode}");
            Assert.Equal(("7/BC-VHXH", "Báo cáo cũ", "Phòng Văn hóa - Xã hội"), (page.TextOf("[data-fact=number]"), page.TextOf("[data-fact=title]"), page.TextOf("[data-fact=issuer]")));
        }

        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    /// <summary>Back to the previous release's schema, then what that release stored and this one no longer does.</summary>
    private static async Task DowngradeToPreviousReleaseAsync(string path)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False", o => o.MigrationsAssembly("NguyenTrai.DigitalLiteracy.Data.Sqlite")).Options;
        await using (var db = new AppDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousRelease);
            Assert.Equal(PreviousRelease, (await db.Database.GetAppliedMigrationsAsync()).Last());
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE UnitReports SET SubmittedLate = 1 WHERE SubmittedAtUtc IS NOT NULL AND date(SubmittedAtUtc, '+7 hours') > (SELECT Deadline FROM ReportingPeriods p WHERE p.Id = ReportingPeriodId);
            INSERT INTO ConsolidatedReports (Audience, ReportingPeriodId, WindowStart, WindowEnd, Subject, Status, Recipients, SignerName, CreatedAtUtc, CreatedById, RowVersion)
            VALUES (1, NULL, '2026-01-01', '2026-01-31', 'Báo cáo cũ', 2, '- Lưu: VT.', 'Người ký', '2026-02-01 00:00:00', 'x', X'01');
            INSERT INTO IssuedReports (ConsolidatedReportId, Version, Sequence, Year, Number, IssueDate, IssuedAtUtc, IssuedById, PdfSha256, PdfSizeBytes, Pdf, DataSnapshotJson)
            VALUES (last_insert_rowid(), 1, 7, 2026, '7/BC-VHXH', '2026-02-01', '2026-02-01 00:00:00', 'x', 'abc', 3, X'255044',
              '{"WindowStart":"2026-01-01","WindowEnd":"2026-01-31","Propaganda":[{"Channel":"Bài đăng nhóm Zalo","Activities":5,"Quantity":9,"Reach":300},{"Channel":"Tờ rơi","Activities":7,"Quantity":70,"Reach":700}],"TrainingByUnit":[],"Initiatives":{"Proposed":1,"Selected":0,"NotSelected":0},"SelectedInitiatives":[],"Integrations":[],"Compliance":[{"Unit":"Thôn Lạc Dục","Expected":1,"Approved":0,"Pending":0,"Missing":1}],"Sessions":[],"Narratives":[]}');
            INSERT INTO ConsolidatedReports (Audience, ReportingPeriodId, WindowStart, WindowEnd, Subject, Status, Recipients, SignerName, CreatedAtUtc, CreatedById, RowVersion)
            VALUES (1, NULL, '2026-02-01', '2026-02-28', 'Báo cáo cũ cấp trùng số', 2, '- Lưu: VT.', 'Người ký', '2026-03-01 00:00:00', 'x', X'02');
            INSERT INTO IssuedReports (ConsolidatedReportId, Version, Sequence, Year, Number, IssueDate, IssuedAtUtc, IssuedById, PdfSha256, PdfSizeBytes, Pdf, DataSnapshotJson)
            SELECT last_insert_rowid(), 1, 7, 2026, '7/BC-VHXH', '2026-03-01', '2026-03-01 00:00:00', 'x', 'def', 3, X'255044', DataSnapshotJson FROM IssuedReports WHERE PdfSha256 = 'abc';
            """;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The previous release's official figures, in SQL on its schema: entries of approved monthly reports.</summary>
    private static long[] Counted(string path, DateOnly from, DateOnly to)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT SUM(EntryType = 1), SUM(CASE WHEN EntryType = 1 THEN COALESCE(EstimatedReach, 0) ELSE 0 END),
                   SUM(EntryType = 2), SUM(CASE WHEN EntryType = 2 THEN ParticipantsTotal ELSE 0 END), SUM(CASE WHEN EntryType = 2 THEN ParticipantsWomen ELSE 0 END),
                   SUM(CASE WHEN EntryType = 2 THEN ParticipantsAged60Plus ELSE 0 END), SUM(CASE WHEN EntryType = 2 THEN AccountsCreated ELSE 0 END),
                   SUM(CASE WHEN EntryType = 2 THEN Completions ELSE 0 END), SUM(EntryType = 3), SUM(EntryType = 4)
            FROM Entries e WHERE e.IsDeleted = 0 AND e.Date >= $from AND e.Date <= $to
            AND EXISTS (SELECT 1 FROM UnitReports r JOIN ReportingPeriods p ON p.Id = r.ReportingPeriodId
                        WHERE r.UnitId = e.UnitId AND r.Status = 4 AND p.Kind = 1 AND e.Date >= p.StartDate AND e.Date <= p.EndDate)
            """;
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        reader.Read();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? 0L : reader.GetInt64(i))];
    }

    /// <summary>This release opening the upgraded file: migrations and the start-up backfills run, no demo data is added.</summary>
    private sealed class UpgradedPortal(string path) : PortalFactory(path)
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "false" };
    }
}
