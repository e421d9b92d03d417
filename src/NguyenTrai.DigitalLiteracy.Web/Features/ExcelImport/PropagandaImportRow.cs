using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

public sealed class PropagandaImportRow : IImportRow
{
    [Required, StringLength(FieldLengths.Title), Display(Name = "Tên hoạt động")]
    public string? Title { get; set; } = "Phát thanh về phong trào Bình dân học vụ số";

    [Required, Display(Name = "Ngày bắt đầu")]
    public DateOnly? Date { get; set; } = new DateOnly(2026, 11, 18);

    [Display(Name = "Ngày kết thúc", Description = "Để trống nếu hoạt động diễn ra trong một ngày; không trước ngày bắt đầu.")]
    public DateOnly? EndDate { get; set; } = new DateOnly(2026, 11, 20);

    [Required, Display(Name = "Kênh tuyên truyền")]
    public PropagandaChannel? Channel { get; set; } = PropagandaChannel.LoudspeakerBroadcast;

    [Required, Display(Name = "Hình thức")]
    public DeliveryMode? Mode { get; set; } = DeliveryMode.InPerson;

    [Required, EntryLimit(1, EntryLimits.PropagandaQuantity), Display(Name = "Số lượng (lượt phát, bài đăng, băng rôn)")]
    public int? Quantity { get; set; } = 3;

    [StringLength(FieldLengths.Title), Display(Name = "Địa điểm")]
    public string? Place { get; set; } = "Hệ thống truyền thanh phường";

    [EntryLimit(0, EntryLimits.Reach), Display(Name = "Số người tiếp cận (ước tính)")]
    public int? EstimatedReach { get; set; } = 1500;

    [StringLength(FieldLengths.Text), Display(Name = "Nội dung tóm tắt")]
    public string? ContentSummary { get; set; } = "Mục đích, ý nghĩa của kỹ năng số cơ bản; hướng dẫn đăng ký tài khoản binhdanhocvuso.gov.vn.";

    [Display(Name = "Phong trào")]
    public string? Campaigns { get; set; } = "Bình dân học vụ số";

    public Entry ToEntry() => new PropagandaActivity
    {
        Title = Title ?? "",
        Date = Date ?? default,
        EndDate = EndDate,
        Channel = Channel ?? PropagandaChannel.Other,
        Mode = Mode ?? DeliveryMode.InPerson,
        Quantity = Quantity ?? 0,
        Place = Place,
        EstimatedReach = EstimatedReach,
        ContentSummary = ContentSummary,
    };
}
