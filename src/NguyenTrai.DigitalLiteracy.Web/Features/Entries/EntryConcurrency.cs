namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>What an entry form says when someone else saved first (the token itself: RowVersionText).</summary>
public static class EntryConcurrency
{
    public const string Message = "Hoạt động này vừa được người khác thay đổi sau khi bạn mở trang sửa. Dữ liệu của bạn chưa được lưu; vui lòng tải lại trang, kiểm tra và nhập lại thay đổi.";
}
