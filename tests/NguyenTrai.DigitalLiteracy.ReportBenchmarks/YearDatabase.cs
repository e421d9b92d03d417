using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.ReportBenchmarks;

/// <summary>
/// A migrated SQLite file with a ward's year: 20 units, 240 approved monthly reports, 20,000 entries (90% propaganda,
/// 7% training sessions, 2% initiatives, 1% integration), so the session list runs to 60+ landscape pages.
/// </summary>
internal static class YearDatabase
{
    public const int Year = 2026;

    public static DbContextOptions<AppDbContext> Options(string path)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={path}", o => o.MigrationsAssembly("NguyenTrai.DigitalLiteracy.Data.Sqlite"));
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            // Each SQL command with its elapsed time, to see where the figures query spends it.
            builder.LogTo(Console.WriteLine, [RelationalEventId.CommandExecuted]);
        }

        return builder.Options;
    }

    public static async Task EnsureAsync(string path)
    {
        if (File.Exists(path))
        {
            // A file from an earlier build: bring its schema forward and freeze the figures of reports approved before
            // figures were frozen, as the portal does at start-up.
            await using var existing = new AppDbContext(Options(path));
            await existing.Database.MigrateAsync();
            await new FrozenFiguresBackfill(existing, Microsoft.Extensions.Logging.Abstractions.NullLogger<FrozenFiguresBackfill>.Instance).RunAsync();
            await PlannerStatistics.RefreshAsync(existing, everyTable: true);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var db = new AppDbContext(Options(path));
        await db.Database.MigrateAsync();
        var units = Enumerable.Range(1, 20).Select(i => new Unit
        {
            Code = $"U{i:00}",
            Name = i <= 6 ? $"Tổ dân phố số {i}" : i <= 12 ? $"Thôn Đông Hòa {i}" : $"Trường Tiểu học Nguyễn Trãi cơ sở {i}",
            Kind = UnitKind.ResidentialGroup,
            ActiveFrom = new DateOnly(2020, 1, 1),
        }).ToList();
        db.Units.AddRange(units);
        var periods = ReportingPeriod.GenerateYear(Year);
        db.ReportingPeriods.AddRange(periods);
        await db.SaveChangesAsync();

        var actor = new ReportActor("bench", "Cán bộ", new DateTime(Year, 12, 20, 0, 0, 0, DateTimeKind.Utc));
        foreach (var period in periods.Where(p => p.Kind == PeriodKind.Monthly))
        {
            foreach (var unit in units)
            {
                var report = UnitReport.Start(unit.Id, period.Id);
                report.UpdateNarrative("Triển khai tuyên truyền và hướng dẫn kỹ năng số theo kế hoạch.", "Thiếu thiết bị trình chiếu.", "Đề nghị hỗ trợ thiết bị.");
                report.Submit(actor);
                report.Approve(actor);
                db.UnitReports.Add(report);
            }
        }

        var random = new Random(2026);
        var start = new DateOnly(Year - 1, 12, 15);
        DateOnly Day() => start.AddDays(random.Next(365));
        int UnitId() => units[random.Next(units.Count)].Id;
        for (var i = 0; i < 20_000; i++)
        {
            Entry entry = (i % 100) switch
            {
                < 90 => new PropagandaActivity { Channel = (PropagandaChannel)(1 + random.Next(8)), Mode = DeliveryMode.InPerson, Quantity = 1 + random.Next(5), EstimatedReach = 50 + random.Next(500) },
                < 97 => Session(random),
                < 99 => new Initiative { Kind = InitiativeKind.GoodPractice, Field = InitiativeField.DailyLife, ProposerType = ProposerType.Individual, ProposerName = "Nguyễn Văn An", Description = "Nhóm Zalo hướng dẫn người cao tuổi dùng VNeID.", Status = i % 25 == 0 ? InitiativeStatus.Selected : InitiativeStatus.Proposed },
                _ => new IntegrationActivity { Target = IntegrationTarget.FatherlandFrontCampaign, PlanName = "Cuộc vận động \"Toàn dân đoàn kết\"", OrganisingBody = "Ủy ban MTTQ", Content = "Giới thiệu binhdanhocvuso.gov.vn.", Reach = 100 },
            };
            entry.UnitId = UnitId();
            entry.Date = Day();
            entry.Title = entry is TrainingSession ? $"Hướng dẫn VNeID, dịch vụ công, buổi {i}" : $"Hoạt động {i}";
            entry.CreatedById = "bench";
            db.Entries.Add(entry);
        }

        await db.SaveChangesAsync();
        await new FrozenFiguresBackfill(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<FrozenFiguresBackfill>.Instance).RunAsync();
        await PlannerStatistics.RefreshAsync(db, everyTable: true); // as the portal does at start-up
    }

    private static TrainingSession Session(Random random)
    {
        var total = 10 + random.Next(60);
        return new TrainingSession
        {
            Format = (TrainingFormat)(1 + random.Next(4)),
            DurationHours = 2,
            Platforms = DigitalPlatforms.VNeID,
            TargetGroups = TargetGroups.Elderly,
            ParticipantsTotal = total,
            ParticipantsWomen = total / 2,
            ParticipantsAged60Plus = total / 3,
            AccountsCreated = total / 4,
            Completions = total / 5,
        };
    }
}
