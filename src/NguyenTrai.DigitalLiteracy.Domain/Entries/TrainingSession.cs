namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>A class, guidance session or hands-on experience on digital platforms.</summary>
public class TrainingSession : Entry
{
    public override EntryType Type => EntryType.Training;
    public TrainingFormat Format { get; set; }
    public decimal DurationHours { get; set; }
    public string? Place { get; set; }
    public DigitalPlatforms Platforms { get; set; }
    public TargetGroups TargetGroups { get; set; }
    public int ParticipantsTotal { get; set; }
    public int ParticipantsWomen { get; set; }
    public int ParticipantsAged60Plus { get; set; }

    /// <summary>
    /// Participants aged 18 or over, the base of the adult-coverage KPI. Null = unknown: sessions recorded before the
    /// portal asked for it, never read as zero.
    /// </summary>
    public int? ParticipantsAdults { get; set; }

    /// <summary>Accounts created on binhdanhocvuso.gov.vn during the session.</summary>
    public int AccountsCreated { get; set; }

    public int Completions { get; set; }
    public string? Instructors { get; set; }

    protected override IEnumerable<(string Property, string Message)> ValidateFields()
    {
        foreach (var (property, message) in Limits())
        {
            yield return (property, message);
        }

        if (ParticipantsWomen > ParticipantsTotal)
        {
            yield return (nameof(ParticipantsWomen), "Số nữ không được lớn hơn tổng số người tham gia.");
        }

        if (ParticipantsAged60Plus > ParticipantsTotal)
        {
            yield return (nameof(ParticipantsAged60Plus), "Số người từ 60 tuổi trở lên không được lớn hơn tổng số người tham gia.");
        }

        if (ParticipantsAdults > ParticipantsTotal)
        {
            yield return (nameof(ParticipantsAdults), "Số người từ 18 tuổi trở lên không được lớn hơn tổng số người tham gia.");
        }
        else if (ParticipantsAdults is { } adults && ParticipantsAged60Plus > adults && ParticipantsAged60Plus <= ParticipantsTotal)
        {
            // People aged 60 or over are adults too.
            yield return (nameof(ParticipantsAged60Plus), "Số người từ 60 tuổi trở lên không được lớn hơn số người từ 18 tuổi trở lên.");
        }

        if (Platforms == DigitalPlatforms.None)
        {
            yield return (nameof(Platforms), "Vui lòng chọn ít nhất một nền tảng được hướng dẫn.");
        }
    }

    public override IEnumerable<EntryMeasure> Measures() =>
    [
        new("Tổng số người tham gia", ParticipantsTotal, EntryLimits.UsualParticipantsPerSession),
        new("Tài khoản tạo mới", AccountsCreated, EntryLimits.UsualParticipantsPerSession),
        new("Hoàn thành khóa học", Completions, EntryLimits.UsualParticipantsPerSession),
    ];

    private IEnumerable<(string, string)> Limits()
    {
        const string PerSession = " người cho một buổi; nếu đông hơn, hãy ghi thành nhiều buổi";
        (string Property, string? Message)[] checks =
        [
            (nameof(ParticipantsTotal), OutOfLimit(ParticipantsTotal, EntryLimits.ParticipantsPerSession, "Tổng số người tham gia", PerSession)),
            (nameof(ParticipantsWomen), OutOfLimit(ParticipantsWomen, EntryLimits.ParticipantsPerSession, "Số nữ", PerSession)),
            (nameof(ParticipantsAged60Plus), OutOfLimit(ParticipantsAged60Plus, EntryLimits.ParticipantsPerSession, "Số người từ 60 tuổi trở lên", PerSession)),
            (nameof(ParticipantsAdults), OutOfLimit(ParticipantsAdults, EntryLimits.ParticipantsPerSession, "Số người từ 18 tuổi trở lên", PerSession)),
            (nameof(AccountsCreated), OutOfLimit(AccountsCreated, EntryLimits.AccountsPerSession, "Số tài khoản tạo mới", " tài khoản cho một buổi")),
            (nameof(Completions), OutOfLimit(Completions, EntryLimits.CompletionsPerSession, "Số người hoàn thành khóa học", " người cho một buổi")),
            (nameof(DurationHours), DurationHours is < 0 or > EntryLimits.DurationHours
                ? $"Thời lượng phải từ 0 đến {EntryLimits.DurationHours} giờ." : null),
        ];
        return checks.Where(c => c.Message is not null).Select(c => (c.Property, c.Message!));
    }
}
