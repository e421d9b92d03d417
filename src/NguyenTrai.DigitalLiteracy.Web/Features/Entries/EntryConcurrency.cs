namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>The optimistic-concurrency token that travels through the edit form as base64.</summary>
public static class EntryConcurrency
{
    public const string Message = "Hoạt động này vừa được người khác thay đổi sau khi bạn mở trang sửa. Dữ liệu của bạn chưa được lưu; vui lòng tải lại trang, kiểm tra và nhập lại thay đổi.";

    public static byte[]? TryReadVersion(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}
