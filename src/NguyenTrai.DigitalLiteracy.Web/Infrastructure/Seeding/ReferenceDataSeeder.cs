using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Users;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

/// <summary>What every installation needs: roles, the ward's profile and units, the three movements and the 2025-2026 periods. Idempotent.</summary>
public sealed class ReferenceDataSeeder(AppDbContext db, RoleManager<IdentityRole> roles)
{
    public static readonly int[] SeededYears = [2025, 2026];

    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        // An installation without a profile (new, or upgraded from before profiles existed) starts with the ward's.
        if (!await db.WardProfiles.AnyAsync())
        {
            db.WardProfiles.Add(WardProfileSeed.NguyenTrai());
        }

        if (!await db.Units.AnyAsync())
        {
            db.Units.AddRange(WardStructure.Units());
        }

        if (!await db.Campaigns.AnyAsync())
        {
            db.Campaigns.AddRange(
                new Campaign { Code = "BDHVS", Name = "Bình dân học vụ số", SortOrder = 1, Description = "Phổ cập kỹ năng số cơ bản cho người dân." },
                new Campaign { Code = "NHTDHTS", Name = "Ngày hội toàn dân học tập số", SortOrder = 2, Description = "Ngày hội học tập, trải nghiệm kỹ năng số toàn dân." },
                new Campaign { Code = "CDS-10-10", Name = "Ngày Chuyển đổi số quốc gia (10/10)", SortOrder = 3, Description = "Hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10." });
        }

        if (!await db.ReportingPeriods.AnyAsync())
        {
            foreach (var year in SeededYears)
            {
                db.ReportingPeriods.AddRange(ReportingPeriod.GenerateYear(year));
            }

            db.ReportingPeriods.Add(ReportingPeriod.Create(
                PeriodKind.Thematic, 2025, 1,
                new PeriodWindow(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31)),
                new DateOnly(2025, 11, 5),
                "Chuyên đề hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025"));
        }

        await db.SaveChangesAsync();
    }
}
