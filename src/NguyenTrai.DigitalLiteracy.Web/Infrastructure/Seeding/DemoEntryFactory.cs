using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

/// <summary>Plausible entries for a unit from August 2025 to today; deterministic per unit so demos repeat.</summary>
internal sealed class DemoEntryFactory(IReadOnlyList<Campaign> campaigns, string createdById, DateTime nowUtc)
{
    private static readonly string[] Places = ["Hội trường UBND phường", "Nhà văn hóa thôn Lạc Dục", "Nhà văn hóa tổ dân phố An Lạc", "Trục đường Nguyễn Trãi", "Trường THCS Nguyễn Trãi", "Trung tâm Văn hóa phường"];
    private static readonly string[] TrainingTitles = ["Hướng dẫn cài đặt và sử dụng VNeID mức 2", "Lớp học Bình dân học vụ số cho người cao tuổi", "Trải nghiệm khóa học AI miễn phí trên aicongdong.ptit.edu.vn", "Hướng dẫn nộp hồ sơ trên Cổng dịch vụ công quốc gia", "Thanh toán không dùng tiền mặt cho hộ kinh doanh", "Sử dụng mạng xã hội an toàn, phòng chống lừa đảo trực tuyến"];
    private static readonly string[] PropagandaTitles = ["Phát thanh về phong trào Bình dân học vụ số", "Đăng tin hướng dẫn đăng ký tài khoản binhdanhocvuso.gov.vn", "Treo băng rôn hưởng ứng Ngày Chuyển đổi số quốc gia 10/10", "Tuyên truyền lồng ghép tại hội nghị nhân dân", "Phát tờ rơi hướng dẫn kỹ năng số cơ bản"];

    public IEnumerable<Entry> For(Unit unit, DateOnly today)
    {
        var random = new Random(unit.Code.Aggregate(17, (h, c) => (h * 31) + c));
        var start = unit.ActiveFrom > new DateOnly(2025, 8, 1) ? unit.ActiveFrom : new DateOnly(2025, 8, 1);
        var end = unit.ActiveTo is { } closed && closed < today ? closed : today;
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            DateOnly Day() => month.AddDays(random.Next(days)) is var d && d <= end && d >= start ? d : start > month ? start : end;

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                yield return Stamp(Propaganda(random, Day()), unit, random);
            }

            for (var i = random.Next(0, 3); i > 0; i--)
            {
                yield return Stamp(Training(random, Day()), unit, random);
            }

            if (random.Next(4) == 0)
            {
                yield return Stamp(Integration(random, Day(), unit), unit, random);
            }

            if (random.Next(8) == 0)
            {
                yield return Stamp(Initiative(random, Day(), unit), unit, random);
            }
        }
    }

    private Entry Stamp(Entry entry, Unit unit, Random random)
    {
        entry.UnitId = unit.Id;
        entry.CreatedAtUtc = nowUtc;
        entry.CreatedById = createdById;
        // Around 10 October much of the work serves the National Digital Transformation Day, some of it only that.
        var tenTen = campaigns.FirstOrDefault(c => c.Code == "CDS-10-10");
        if (tenTen is not null && entry.Date.Month is 9 or 10 && random.Next(5) < 3)
        {
            entry.Campaigns.Add(tenTen);
            if (random.Next(2) == 0)
            {
                return entry;
            }
        }

        entry.Campaigns.Add(campaigns[0]);
        if (random.Next(3) == 0)
        {
            var other = campaigns[random.Next(1, campaigns.Count)];
            if (!entry.Campaigns.Contains(other))
            {
                entry.Campaigns.Add(other);
            }
        }

        return entry;
    }

    /// <summary>A combination of up to <paramref name="count"/> distinct flags (never none).</summary>
    private static T AnyOf<T>(Random random, int count) where T : struct, Enum
    {
        var flags = Enum.GetValues<T>().Select(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture)).Where(f => f != 0).ToArray();
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value |= flags[random.Next(flags.Length)];
        }

        return (T)Enum.ToObject(typeof(T), value);
    }

    private static PropagandaActivity Propaganda(Random random, DateOnly date)
    {
        var channel = (PropagandaChannel)random.Next(1, 9);
        return new PropagandaActivity
        {
            Title = PropagandaTitles[random.Next(PropagandaTitles.Length)],
            Date = date,
            Channel = channel,
            Mode = channel is PropagandaChannel.ZaloGroupPost or PropagandaChannel.FanpagePost or PropagandaChannel.WardPortal ? DeliveryMode.Online : DeliveryMode.InPerson,
            Quantity = random.Next(1, 6),
            Place = Places[random.Next(Places.Length)],
            EstimatedReach = random.Next(50, 1500),
            ContentSummary = "Tuyên truyền mục đích, ý nghĩa của việc trang bị kỹ năng số cơ bản cho người dân.",
        };
    }

    /// <summary>Sessions before this day are "recorded before the 18+ column existed": their adults stay unknown.</summary>
    private static readonly DateOnly AdultsRecordedFrom = new(2026, 3, 15);

    private static TrainingSession Training(Random random, DateOnly date)
    {
        var total = random.Next(15, 80);
        var session = new TrainingSession
        {
            Title = TrainingTitles[random.Next(TrainingTitles.Length)],
            Format = (TrainingFormat)random.Next(1, 5),
            Date = date,
            DurationHours = random.Next(2, 9) / 2m,
            Place = Places[random.Next(Places.Length)],
            // One to three platforms and one or two target groups, so every platform and group of the letter has figures.
            Platforms = AnyOf<DigitalPlatforms>(random, random.Next(1, 4)),
            TargetGroups = AnyOf<TargetGroups>(random, random.Next(1, 3)),
            ParticipantsTotal = total,
            ParticipantsWomen = random.Next(total / 3, total),
            ParticipantsAged60Plus = random.Next(0, total / 2),
            AccountsCreated = random.Next(0, total),
            Completions = random.Next(0, total / 2),
            Instructors = "Đoàn viên thanh niên tình nguyện",
        };

        // No random draw here: the demo data of every other field stays what it was.
        session.ParticipantsAdults = date < AdultsRecordedFrom ? null
            : session.TargetGroups.HasFlag(TargetGroups.Youth) ? total / 2 : total - (total / 10);
        return session;
    }

    private static IntegrationActivity Integration(Random random, DateOnly date, Unit unit) => new()
    {
        Title = "Lồng ghép nội dung học tập số vào sinh hoạt định kỳ",
        Date = date,
        Target = random.Next(2) == 0 ? IntegrationTarget.MassOrganisationActivity : IntegrationTarget.FatherlandFrontCampaign,
        PlanName = "Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"",
        OrganisingBody = unit.Name,
        Content = "Giới thiệu nền tảng binhdanhocvuso.gov.vn và hướng dẫn đăng ký tài khoản học tập.",
        Reach = random.Next(30, 300),
    };

    private Initiative Initiative(Random random, DateOnly date, Unit unit) => Evaluated(new Initiative
    {
        Title = random.Next(2) == 0 ? "Mô hình \"Con cháu dạy ông bà dùng điện thoại thông minh\"" : "Tổ công nghệ số cộng đồng hỗ trợ tại nhà văn hóa",
        Date = date,
        Kind = (InitiativeKind)random.Next(1, 4),
        Field = InitiativeField.DailyLife,
        ProposerType = ProposerType.Organisation,
        ProposerName = unit.Name,
        Description = "Huy động đoàn viên, học sinh hướng dẫn người thân cài đặt ứng dụng, học trên binhdanhocvuso.gov.vn.",
        Results = "Hơn 100 người cao tuổi biết sử dụng VNeID và thanh toán trực tuyến.",
    }, random, date);

    /// <summary>The office has evaluated part of the older ones, so the compilation and Biểu 7 have rows in a demo.</summary>
    private Initiative Evaluated(Initiative initiative, Random random, DateOnly date)
    {
        if (date.AddDays(45) < DateOnly.FromDateTime(nowUtc))
        {
            initiative.Status = (InitiativeStatus)random.Next(1, 5);
            initiative.EvaluationNote = initiative.Status is InitiativeStatus.Selected or InitiativeStatus.NotSelected
                ? "Cách làm dễ nhân rộng tại các tổ dân phố." : null;
        }

        return initiative;
    }
}
