using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Entries;

public sealed class EntryLimitsTests
{
    private static TrainingSession Session(int total = 20, int women = 10, int aged60 = 5, int accounts = 3, int completions = 2, decimal hours = 2) => new()
    {
        Title = "Lớp VNeID", Date = new DateOnly(2026, 11, 20), Platforms = DigitalPlatforms.VNeID,
        ParticipantsTotal = total, ParticipantsWomen = women, ParticipantsAged60Plus = aged60,
        AccountsCreated = accounts, Completions = completions, DurationHours = hours,
    };

    [Fact]
    public void An_ordinary_session_and_the_limits_themselves_are_valid()
    {
        Assert.Empty(Session().Validate());
        Assert.Empty(Session(EntryLimits.ParticipantsPerSession, EntryLimits.ParticipantsPerSession, 0, EntryLimits.AccountsPerSession, EntryLimits.CompletionsPerSession, EntryLimits.DurationHours).Validate());
    }

    [Theory]
    [InlineData(5_001, 0, 0, 0, 0, "ParticipantsTotal")]
    [InlineData(1_000_000, 0, 0, 0, 0, "ParticipantsTotal")]
    [InlineData(100, 0, 0, 5_001, 0, "AccountsCreated")]
    [InlineData(100, 0, 0, 0, 5_001, "Completions")]
    [InlineData(-1, 0, 0, 0, 0, "ParticipantsTotal")]
    public void A_count_beyond_its_limit_is_refused_with_a_vietnamese_message(int total, int women, int aged60, int accounts, int completions, string property)
    {
        var errors = Session(total, women, aged60, accounts, completions).Validate().ToList();

        Assert.Contains(errors, e => e.Property == property && (e.Message.Contains("không được vượt quá 5.000", StringComparison.Ordinal) || e.Message.Contains("không được là số âm", StringComparison.Ordinal)));
    }

    [Fact]
    public void Duration_reach_and_quantity_have_limits_too()
    {
        Assert.Contains(Session(hours: 201).Validate(), e => e.Property == nameof(TrainingSession.DurationHours));
        var propaganda = new PropagandaActivity { Title = "Phát thanh", Date = new DateOnly(2026, 11, 20), Quantity = 10_001, EstimatedReach = 1_000_001 };
        var errors = propaganda.Validate().ToList();
        Assert.Contains(errors, e => e.Property == nameof(PropagandaActivity.Quantity) && e.Message.Contains("10.000", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Property == nameof(PropagandaActivity.EstimatedReach) && e.Message.Contains("1.000.000", StringComparison.Ordinal));
        Assert.Contains(new IntegrationActivity { Title = "Lồng ghép", Date = new DateOnly(2026, 11, 20), Reach = 1_000_001 }.Validate(), e => e.Property == nameof(IntegrationActivity.Reach));
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(2101, 1, 1)]
    [InlineData(1899, 12, 31)]
    public void A_date_outside_1900_2100_is_refused_without_overflowing_the_calendar(int year, int month, int day)
    {
        var entry = Session();

        entry.Date = new DateOnly(year, month, day);

        Assert.Contains(entry.Validate(), e => e.Property == nameof(Entry.Date) && e.Message.Contains("01/01/1900", StringComparison.Ordinal));
        Assert.Equal(0, entry.ReportingMonth);
    }

    [Fact]
    public void An_end_date_far_in_the_future_is_refused()
    {
        var propaganda = new PropagandaActivity { Title = "Băng rôn", Date = new DateOnly(2026, 11, 20), EndDate = new DateOnly(9999, 12, 31) };

        Assert.Contains(propaganda.Validate(), e => e.Property == nameof(PropagandaActivity.EndDate));
    }
}

public sealed class EntryOutliersTests
{
    private static TrainingSession Session(int id, int total) => new() { Id = id, ParticipantsTotal = total, Date = new DateOnly(2026, 11, 20) };

    [Fact]
    public void A_value_above_the_soft_limit_is_unusual_even_without_history()
    {
        Assert.Equal(["Tổng số người tham gia"], EntryOutliers.Check(Session(1, EntryLimits.UsualParticipantsPerSession + 1)));
        Assert.Empty(EntryOutliers.Check(Session(1, EntryLimits.UsualParticipantsPerSession)));
    }

    [Fact]
    public void A_value_far_above_the_units_usual_is_unusual()
    {
        var history = Enumerable.Range(2, 6).Select(i => Session(i, 20)).ToList();

        Assert.Equal(["Tổng số người tham gia"], EntryOutliers.Check(Session(1, 250), history));
        Assert.Empty(EntryOutliers.Check(Session(1, 150), history));
    }

    [Fact]
    public void Too_little_history_or_small_numbers_are_never_unusual()
    {
        Assert.Empty(EntryOutliers.Check(Session(1, 250), Enumerable.Range(2, 4).Select(i => Session(i, 20))));
        Assert.Empty(EntryOutliers.Check(Session(1, 40), Enumerable.Range(2, 10).Select(i => Session(i, 1))));
    }

    [Fact]
    public void Propaganda_reach_and_integration_reach_are_watched()
    {
        Assert.Equal(["Số người tiếp cận"], EntryOutliers.Check(new PropagandaActivity { Quantity = 1, EstimatedReach = EntryLimits.UsualReach + 1 }));
        Assert.Equal(["Số người tiếp cận"], EntryOutliers.Check(new IntegrationActivity { Reach = EntryLimits.UsualReach + 1 }));
        Assert.Empty(EntryOutliers.Check(new Initiative()));
    }
}

public sealed class ForbiddenCharacterTests
{
    [Theory]
    [InlineData("\0")]
    [InlineData("\u0001")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u200B")]
    [InlineData("\u200F")]
    [InlineData("\u202A")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    [InlineData("\uFEFF")]
    public void Control_and_invisible_characters_are_found(string c) =>
        Assert.Equal(c[0], VietnameseText.FirstForbiddenCharacter("Lớp học " + c + " VNeID"));

    [Theory]
    [InlineData("Hướng dẫn cài đặt VNeID mức 2")]
    [InlineData("Dòng 1\r\nDòng 2\tcột")]
    [InlineData("Ngày hội “toàn dân học tập số” — 10/10 · 100%")]
    public void Ordinary_vietnamese_text_with_line_breaks_and_tabs_is_clean(string text) =>
        Assert.Null(VietnameseText.FirstForbiddenCharacter(text));
}
