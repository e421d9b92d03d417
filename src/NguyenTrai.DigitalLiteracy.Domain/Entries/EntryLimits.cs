namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>
/// Hard plausibility limits for what one entry may claim, the same for the web forms (Range attributes),
/// the Excel import and <see cref="Entry.Validate"/>. Chosen with room above anything a ward records (its
/// whole population is about 30,000): a figure above them is a typing or paste mistake, and every sum of
/// 1,000-row imports stays far inside 64 bits. See docs/operations/input-limits.md.
/// </summary>
public static class EntryLimits
{
    /// <summary>People at one class or guidance session; a bigger event is recorded as several sessions.</summary>
    public const int ParticipantsPerSession = 5_000;

    /// <summary>Accounts created and completions at one session: never more than the people who can attend one.</summary>
    public const int AccountsPerSession = ParticipantsPerSession;

    public const int CompletionsPerSession = ParticipantsPerSession;

    /// <summary>Hours of one session or course (a multi-week course is still one entry).</summary>
    public const int DurationHours = 200;

    /// <summary>Broadcasts, posts, banners or leaflets of one propaganda activity.</summary>
    public const int PropagandaQuantity = 10_000;

    /// <summary>People or views reached by one propaganda or integration activity (online posts reach beyond the ward).</summary>
    public const int Reach = 1_000_000;

    /// <summary>Soft limits: a value above them is accepted but flagged to the office for checking.</summary>
    public const int UsualParticipantsPerSession = 500;

    public const int UsualReach = 50_000;

    public const int UsualPropagandaQuantity = 500;

    /// <summary>The range of dates and years the portal accepts anywhere (Decree 09 windows need year ± 1).</summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    public const int MinYear = 1900;

    public const int MaxYear = 2100;

    public static bool IsPlausibleDate(DateOnly date) => date >= MinDate && date <= MaxDate;

    public static bool IsPlausibleYear(int year) => year is >= MinYear and <= MaxYear;

    public static string DateMessage(string field) => $"{field} phải nằm trong khoảng từ 01/01/{MinYear} đến 31/12/{MaxYear}.";
}
