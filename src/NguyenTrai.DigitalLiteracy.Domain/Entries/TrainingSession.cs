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

    /// <summary>Accounts created on binhdanhocvuso.gov.vn during the session.</summary>
    public int AccountsCreated { get; set; }

    public int Completions { get; set; }
    public string? Instructors { get; set; }

    public override IEnumerable<(string Property, string Message)> Validate()
    {
        if (ParticipantsWomen > ParticipantsTotal)
        {
            yield return (nameof(ParticipantsWomen), "Số nữ không được lớn hơn tổng số người tham gia.");
        }

        if (ParticipantsAged60Plus > ParticipantsTotal)
        {
            yield return (nameof(ParticipantsAged60Plus), "Số người từ 60 tuổi trở lên không được lớn hơn tổng số người tham gia.");
        }

        if (Platforms == DigitalPlatforms.None)
        {
            yield return (nameof(Platforms), "Vui lòng chọn ít nhất một nền tảng được hướng dẫn.");
        }
    }
}
