using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

/// <summary>
/// Development data: the demo accounts of <see cref="DemoAccountsNotice"/> and a year of entries and reports,
/// so that lists and dashboards are not empty. Runs once (skips when the demo office account exists).
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<ApplicationUser> users, WardClock clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync()
    {
        if (await users.FindByNameAsync("vhxh") is not null)
        {
            return;
        }

        var units = await db.Units.ToDictionaryAsync(u => u.Code);
        foreach (var account in DemoAccountsNotice.All)
        {
            var user = new ApplicationUser
            {
                UserName = account.UserName,
                FullName = account.FullName,
                JobTitle = account.Description,
                UnitId = account.UnitCode is null ? null : units[account.UnitCode].Id,
                CreatedAtUtc = clock.UtcNow,
            };
            var created = await users.CreateAsync(user, account.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, account.Role);
        }

        var office = await users.FindByNameAsync("vhxh");
        var campaigns = await db.Campaigns.OrderBy(c => c.SortOrder).ToListAsync();
        var factory = new DemoEntryFactory(campaigns, office!.Id, clock.UtcNow);
        var today = clock.Today;
        var entries = units.Values.Where(u => u.SubmitsReports).SelectMany(u => factory.For(u, today)).ToList();
        db.Entries.AddRange(entries);
        await db.SaveChangesAsync();

        await SeedMonthlyReportsAsync(units.Values.Select(u => u.Id).ToList(), office, today);
        logger.LogInformation("Demo data: {Accounts} accounts, {Entries} entries", DemoAccountsNotice.All.Count, entries.Count);
    }

    /// <summary>Past monthly periods: most units approved, a few submitted or returned, the current month left open.</summary>
    private async Task SeedMonthlyReportsAsync(List<int> unitIds, ApplicationUser office, DateOnly today)
    {
        var periods = await db.ReportingPeriods
            .Where(p => p.Kind == PeriodKind.Monthly && p.EndDate < today && p.StartDate >= new DateOnly(2025, 7, 15))
            .OrderBy(p => p.StartDate)
            .ToListAsync();
        var units = await db.Units.Where(u => unitIds.Contains(u.Id)).ToListAsync();
        var random = new Random(2025);
        foreach (var period in periods)
        {
            var isLatest = period == periods[^1];
            foreach (var unit in units.Where(u => UnitExpectation.IsExpected(UnitInfo.Of(u), period.Window)))
            {
                var roll = random.Next(100);
                if (isLatest && roll < 35)
                {
                    continue; // not started yet: the compliance screen has something to chase
                }

                var report = UnitReport.Start(unit.Id, period.Id);
                report.UpdateNarrative(
                    $"Đơn vị {unit.Name} triển khai tuyên truyền và hướng dẫn kỹ năng số cho người dân theo kế hoạch.",
                    roll % 3 == 0 ? "Một số người cao tuổi chưa có điện thoại thông minh." : null,
                    roll % 4 == 0 ? "Đề nghị hỗ trợ thêm thiết bị trình chiếu cho nhà văn hóa." : null);
                var submittedAt = period.Deadline.ToDateTime(new TimeOnly(9, 0)).AddDays(roll < 10 ? 2 : -1);
                var staff = new ReportActor(office.Id, "Cán bộ đơn vị", DateTime.SpecifyKind(submittedAt.AddHours(-7), DateTimeKind.Utc));
                report.Submit(staff);
                var reviewer = new ReportActor(office.Id, office.FullName, staff.AtUtc.AddDays(1));
                if (!isLatest || roll > 70)
                {
                    report.Approve(reviewer);
                }
                else if (roll > 60)
                {
                    report.Return(reviewer, "Đề nghị bổ sung minh chứng (ảnh lớp học) cho các buổi hướng dẫn.");
                }

                db.UnitReports.Add(report);
            }
        }

        await db.SaveChangesAsync();
    }
}
