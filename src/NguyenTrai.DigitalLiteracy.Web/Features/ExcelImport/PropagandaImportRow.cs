using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Propaganda;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// One row of the propaganda template: the cell types and the example values. Headers, required columns and every
/// per-cell rule come from <see cref="PropagandaForm"/> (see <see cref="ImportColumn"/>).
/// </summary>
public sealed class PropagandaImportRow : IImportRow
{
    public string? Title { get; set; } = "Phát thanh về phong trào Bình dân học vụ số";

    public DateOnly? Date { get; set; } = new DateOnly(2026, 11, 18);

    [Display(Description = "Để trống nếu hoạt động diễn ra trong một ngày; không trước ngày bắt đầu.")]
    public DateOnly? EndDate { get; set; } = new DateOnly(2026, 11, 20);

    public PropagandaChannel? Channel { get; set; } = PropagandaChannel.LoudspeakerBroadcast;

    public DeliveryMode? Mode { get; set; } = DeliveryMode.InPerson;

    public int? Quantity { get; set; } = 3;

    public string? Place { get; set; } = "Hệ thống truyền thanh phường";

    public int? EstimatedReach { get; set; } = 1500;

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
