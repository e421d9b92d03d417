using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Training;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// One row of the training template: the cell types and the example values. Headers, required columns and every
/// per-cell rule come from <see cref="TrainingForm"/> (see <see cref="ImportColumn"/>); descriptions are hints for the guide.
/// </summary>
public sealed class TrainingImportRow : IImportRow
{
    public string? Title { get; set; } = "Hướng dẫn cài đặt và sử dụng VNeID mức 2";

    public TrainingFormat? Format { get; set; } = TrainingFormat.GuidanceSession;

    public DateOnly? Date { get; set; } = new DateOnly(2026, 11, 20);

    public decimal? DurationHours { get; set; } = 2;

    public string? Place { get; set; } = "Nhà văn hóa thôn Lạc Dục";

    public DigitalPlatforms? Platforms { get; set; } = DigitalPlatforms.VNeID | DigitalPlatforms.PublicServicePortal;

    public TargetGroups? TargetGroups { get; set; } = Domain.Entries.TargetGroups.Women;

    public int? ParticipantsTotal { get; set; } = 35;

    [Display(Description = "Không lớn hơn tổng số người tham gia; dùng để tính tỷ lệ người trưởng thành được hướng dẫn.")]
    public int? ParticipantsAdults { get; set; } = 33;

    [Display(Description = "Không lớn hơn tổng số người tham gia.")]
    public int? ParticipantsWomen { get; set; } = 30;

    [Display(Description = "Không lớn hơn tổng số người tham gia và số người từ 18 tuổi trở lên.")]
    public int? ParticipantsAged60Plus { get; set; } = 8;

    public int? AccountsCreated { get; set; } = 12;

    public int? Completions { get; set; } = 10;

    public string? Instructors { get; set; } = "Nguyễn Thị Hoa";

    [Display(Name = "Phong trào")]
    public string? Campaigns { get; set; } = "Bình dân học vụ số";

    public Entry ToEntry() => new TrainingSession
    {
        Title = Title ?? "",
        Format = Format ?? TrainingFormat.Class,
        Date = Date ?? default,
        DurationHours = DurationHours ?? 0,
        Place = Place,
        Platforms = Platforms ?? DigitalPlatforms.None,
        TargetGroups = TargetGroups ?? Domain.Entries.TargetGroups.None,
        ParticipantsTotal = ParticipantsTotal ?? 0,
        ParticipantsAdults = ParticipantsAdults,
        ParticipantsWomen = ParticipantsWomen ?? 0,
        ParticipantsAged60Plus = ParticipantsAged60Plus ?? 0,
        AccountsCreated = AccountsCreated ?? 0,
        Completions = Completions ?? 0,
        Instructors = Instructors,
    };
}
