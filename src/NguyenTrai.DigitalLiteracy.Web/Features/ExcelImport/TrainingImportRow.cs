using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

public sealed class TrainingImportRow : IImportRow
{
    [Required, StringLength(FieldLengths.Title), Display(Name = "Tên lớp học, buổi hướng dẫn")]
    public string? Title { get; set; } = "Hướng dẫn cài đặt và sử dụng VNeID mức 2";

    [Required, Display(Name = "Hình thức")]
    public TrainingFormat? Format { get; set; } = TrainingFormat.GuidanceSession;

    [Required, Display(Name = "Ngày tổ chức")]
    public DateOnly? Date { get; set; } = new DateOnly(2026, 11, 20);

    [EntryLimit(0.0, EntryLimits.DurationHours), Display(Name = "Thời lượng (giờ)")]
    public decimal? DurationHours { get; set; } = 2;

    [StringLength(FieldLengths.Title), Display(Name = "Địa điểm")]
    public string? Place { get; set; } = "Nhà văn hóa thôn Lạc Dục";

    [Required, Display(Name = "Nền tảng được hướng dẫn")]
    public DigitalPlatforms? Platforms { get; set; } = DigitalPlatforms.VNeID | DigitalPlatforms.PublicServicePortal;

    [Display(Name = "Đối tượng")]
    public TargetGroups? TargetGroups { get; set; } = Domain.Entries.TargetGroups.Women;

    [Required, EntryLimit(0, EntryLimits.ParticipantsPerSession), Display(Name = "Tổng số người tham gia")]
    public int? ParticipantsTotal { get; set; } = 35;

    [EntryLimit(0, EntryLimits.ParticipantsPerSession), Display(Name = "Trong đó: nữ", Description = "Không lớn hơn tổng số người tham gia.")]
    public int? ParticipantsWomen { get; set; } = 30;

    [EntryLimit(0, EntryLimits.ParticipantsPerSession), Display(Name = "Trong đó: từ 60 tuổi trở lên", Description = "Không lớn hơn tổng số người tham gia.")]
    public int? ParticipantsAged60Plus { get; set; } = 8;

    [EntryLimit(0, EntryLimits.AccountsPerSession), Display(Name = "Tài khoản tạo mới trên binhdanhocvuso.gov.vn")]
    public int? AccountsCreated { get; set; } = 12;

    [EntryLimit(0, EntryLimits.CompletionsPerSession), Display(Name = "Số người hoàn thành khóa học")]
    public int? Completions { get; set; } = 10;

    [StringLength(FieldLengths.Title), Display(Name = "Người hướng dẫn")]
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
        ParticipantsWomen = ParticipantsWomen ?? 0,
        ParticipantsAged60Plus = ParticipantsAged60Plus ?? 0,
        AccountsCreated = AccountsCreated ?? 0,
        Completions = Completions ?? 0,
        Instructors = Instructors,
    };
}
