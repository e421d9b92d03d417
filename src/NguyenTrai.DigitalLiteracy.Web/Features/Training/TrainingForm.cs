using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Training;

public sealed class TrainingForm : EntryForm<TrainingSession>
{
    [Required, Display(Name = "Hình thức")]
    public TrainingFormat? Format { get; set; }

    [Required, EntryLimit(0.0, EntryLimits.DurationHours), Display(Name = "Thời lượng (giờ)")]
    public decimal? DurationHours { get; set; }

    [StringLength(FieldLengths.Title), Display(Name = "Địa điểm")]
    public string? Place { get; set; }

    [Display(Name = "Nền tảng được hướng dẫn")]
    public List<DigitalPlatforms> Platforms { get; set; } = [];

    [Display(Name = "Đối tượng")]
    public List<TargetGroups> TargetGroups { get; set; } = [];

    [Required, EntryLimit(0, EntryLimits.ParticipantsPerSession), Display(Name = "Tổng số người tham gia")]
    public int? ParticipantsTotal { get; set; }

    [Required, EntryLimit(0, EntryLimits.ParticipantsPerSession), Display(Name = "Trong đó từ 18 tuổi trở lên")]
    public int? ParticipantsAdults { get; set; }

    // Sub-counts start at 0: most sessions have none of some of them, and an empty box reads as "forgot".
    [Required, EntryLimit(0, EntryLimits.ParticipantsPerSession), Display(Name = "Trong đó nữ")]
    public int? ParticipantsWomen { get; set; } = 0;

    [Required, EntryLimit(0, EntryLimits.ParticipantsPerSession), Display(Name = "Trong đó từ 60 tuổi trở lên")]
    public int? ParticipantsAged60Plus { get; set; } = 0;

    [Required, EntryLimit(0, EntryLimits.AccountsPerSession), Display(Name = "Tài khoản tạo mới trên binhdanhocvuso.gov.vn")]
    public int? AccountsCreated { get; set; } = 0;

    [Required, EntryLimit(0, EntryLimits.CompletionsPerSession), Display(Name = "Số người hoàn thành khóa học / được cấp chứng nhận")]
    public int? Completions { get; set; } = 0;

    [StringLength(FieldLengths.Title), Display(Name = "Người hướng dẫn")]
    public string? Instructors { get; set; }

    protected override void CopyFieldsTo(TrainingSession entry)
    {
        entry.Format = Format ?? default;
        entry.DurationHours = DurationHours ?? 0;
        entry.Place = Clean(Place);
        entry.Platforms = Platforms.Combine();
        entry.TargetGroups = TargetGroups.Combine();
        entry.ParticipantsTotal = ParticipantsTotal ?? 0;
        entry.ParticipantsWomen = ParticipantsWomen ?? 0;
        entry.ParticipantsAged60Plus = ParticipantsAged60Plus ?? 0;
        entry.ParticipantsAdults = ParticipantsAdults;
        entry.AccountsCreated = AccountsCreated ?? 0;
        entry.Completions = Completions ?? 0;
        entry.Instructors = Clean(Instructors);
    }

    protected override void CopyFieldsFrom(TrainingSession entry)
    {
        Format = entry.Format;
        DurationHours = entry.DurationHours;
        Place = entry.Place;
        Platforms = entry.Platforms.Split();
        TargetGroups = entry.TargetGroups.Split();
        ParticipantsTotal = entry.ParticipantsTotal;
        ParticipantsWomen = entry.ParticipantsWomen;
        ParticipantsAged60Plus = entry.ParticipantsAged60Plus;
        ParticipantsAdults = entry.ParticipantsAdults;
        AccountsCreated = entry.AccountsCreated;
        Completions = entry.Completions;
        Instructors = entry.Instructors;
    }
}

public sealed class TrainingQuery : EntryListQuery
{
    public TrainingFormat? Format { get; set; }

    public DeliveryMode? Mode { get; set; }

    public DigitalPlatforms? Platform { get; set; }

    public TargetGroups? TargetGroup { get; set; }

    public override IDictionary<string, string?> RouteValues() => base.RouteValues().With(nameof(Format), Format?.ToString())
        .With(nameof(Mode), Mode?.ToString()).With(nameof(Platform), Platform?.ToString()).With(nameof(TargetGroup), TargetGroup?.ToString());
}
