using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.OneTruth;

/// <summary>
/// Random units, entries and monthly reports on top of the demo ward, as the portal would have them: entries are
/// recorded first, then each month's report is left undone, drafted, sent, returned or approved; approval freezes
/// the report's figures exactly as the review workflow does. Seeded, so a failure can be replayed.
/// </summary>
internal static class GeneratedWard
{
    public static async Task AddAsync(PortalFactory factory, int seed, int units = 12)
    {
        var random = new Random(seed);
        await factory.WithDbAsync(async db =>
        {
            var campaigns = await db.Campaigns.ToListAsync();
            var officeId = await db.Users.Where(u => u.UserName == "vhxh").Select(u => u.Id).SingleAsync();
            var months = await db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Monthly && p.StartDate >= new DateOnly(2025, 9, 15) && p.EndDate <= new DateOnly(2026, 12, 14))
                .OrderBy(p => p.StartDate).ToListAsync();
            var created = new List<Unit>();
            for (var u = 0; u < units; u++)
            {
                // Some units open or close mid-window, so expectation is exercised too.
                var from = random.Next(4) == 0 ? months[random.Next(months.Count)].StartDate.AddDays(random.Next(-3, 10)) : new DateOnly(2025, 7, 1);
                DateOnly? to = random.Next(6) == 0 ? from.AddDays(random.Next(60, 300)) : null;
                var unit = new Unit { Code = $"GEN{seed % 1000:000}{u:00}", Name = $"Đơn vị sinh ngẫu nhiên {seed % 1000:000}-{u:00}", Kind = (UnitKind)random.Next(1, 8), ActiveFrom = from, ActiveTo = to };
                db.Units.Add(unit);
                created.Add(unit);
            }

            await db.SaveChangesAsync();
            var reports = new List<(UnitReport Report, ReportingPeriod Period)>();
            foreach (var unit in created)
            {
                foreach (var month in months.Where(m => UnitExpectation.MayReport(UnitInfo.Of(unit), m.Window)))
                {
                    for (var n = random.Next(0, 6); n > 0; n--)
                    {
                        var day = month.StartDate.AddDays(random.Next(month.EndDate.DayNumber - month.StartDate.DayNumber + 1));
                        var entry = RandomEntry(random, day);
                        entry.UnitId = unit.Id;
                        entry.CreatedById = officeId;
                        entry.Campaigns.Add(campaigns[random.Next(campaigns.Count)]);
                        db.Entries.Add(entry);
                    }

                    if (month.Deadline < new DateOnly(2026, 11, 25) || random.Next(2) == 0)
                    {
                        var report = RandomReport(random, unit.Id, month);
                        if (report is not null)
                        {
                            db.UnitReports.Add(report);
                            reports.Add((report, month));
                        }
                    }
                }
            }

            await db.SaveChangesAsync();
            foreach (var (report, period) in reports.Where(r => r.Report.Status == UnitReportStatus.Approved))
            {
                await FrozenFigures.FreezeAsync(db, report, PeriodInfo.Of(period)); // what UnitReportWorkflow.ApproveAsync does
            }

            await db.SaveChangesAsync();
        });
    }

    private static UnitReport? RandomReport(Random random, int unitId, ReportingPeriod month)
    {
        var roll = random.Next(100);
        if (roll < 12)
        {
            return null;
        }

        var report = UnitReport.Start(unitId, month.Id);
        report.UpdateNarrative("Tổ chức tuyên truyền và hướng dẫn kỹ năng số.", roll % 3 == 0 ? "Thiếu thiết bị trình chiếu." : null, roll % 5 == 0 ? "Đề nghị tập huấn thêm." : null);
        if (roll < 22)
        {
            return report; // draft
        }

        // Sent between four days before and four days after the deadline, ward time: some on time, some late.
        var sent = month.Deadline.ToDateTime(new TimeOnly(random.Next(0, 24), random.Next(60)), DateTimeKind.Utc).AddHours(-7).AddDays(random.Next(-4, 5));
        report.Submit(new ReportActor("gen", "Cán bộ", sent));
        var office = new ReportActor("gen-office", "Phòng", sent.AddDays(1));
        if (roll < 32)
        {
            report.Return(office, "Bổ sung minh chứng.");
        }
        else if (roll >= 45)
        {
            report.Approve(office);
        }

        return report;
    }

    private static Entry RandomEntry(Random random, DateOnly day) => random.Next(10) switch
    {
        < 5 => new PropagandaActivity
        {
            Title = "Tuyên truyền sinh ngẫu nhiên", Date = day, Channel = (PropagandaChannel)random.Next(1, 9), Mode = (DeliveryMode)random.Next(1, 3),
            Quantity = random.Next(1, 20), EstimatedReach = random.Next(3) == 0 ? null : random.Next(10, 5000),
        },
        < 8 => Training(random, day),
        8 => new Initiative
        {
            Title = $"Sáng kiến {random.Next(100000)}", Date = day, Kind = (InitiativeKind)random.Next(1, 4), Field = (InitiativeField)random.Next(1, 7),
            ProposerType = ProposerType.Individual, ProposerName = "Nguyễn Văn A", Description = "Mô tả", Status = (InitiativeStatus)random.Next(1, 5),
        },
        _ => new IntegrationActivity
        {
            Title = "Lồng ghép", Date = day, Target = (IntegrationTarget)random.Next(1, 5), PlanName = "Kế hoạch", OrganisingBody = "MTTQ", Content = "Nội dung",
            Reach = random.Next(3) == 0 ? null : random.Next(10, 800),
        },
    };

    private static TrainingSession Training(Random random, DateOnly day)
    {
        var total = random.Next(5, 200);
        return new TrainingSession
        {
            Title = "Lớp học sinh ngẫu nhiên", Date = day, Format = (TrainingFormat)random.Next(1, 5), DurationHours = 2,
            Platforms = (DigitalPlatforms)random.Next(1, 128), TargetGroups = (TargetGroups)random.Next(1, 128),
            ParticipantsTotal = total, ParticipantsWomen = random.Next(total + 1), ParticipantsAged60Plus = random.Next(total + 1),
            AccountsCreated = random.Next(total + 1), Completions = random.Next(total + 1),
            // A quarter recorded before the 18+ column existed: unknown, never zero.
            ParticipantsAdults = random.Next(4) == 0 ? null : random.Next(total + 1),
        };
    }
}
