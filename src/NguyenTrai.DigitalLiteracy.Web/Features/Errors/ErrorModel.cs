namespace NguyenTrai.DigitalLiteracy.Web.Features.Errors;

public sealed record ErrorModel(int StatusCode, string Title, string Message)
{
    public static ErrorModel For(int code, string? reason = null)
    {
        var model = code switch
        {
            400 => new(code, "Yêu cầu không hợp lệ", "Yêu cầu gửi lên không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang và thử lại."),
            403 => new(code, "Không có quyền truy cập", "Tài khoản của bạn không được phép xem hoặc thực hiện thao tác này."),
            404 => new(code, "Không tìm thấy trang", "Trang hoặc dữ liệu bạn tìm không tồn tại hoặc đã bị xóa."),
            405 => new(code, "Thao tác không được hỗ trợ", "Trang này không nhận thao tác vừa gửi. Vui lòng quay lại trang trước và thử lại."),
            413 => new(code, "Tệp quá lớn", "Tệp tải lên vượt quá dung lượng cho phép."),
            415 => new(code, "Định dạng không được hỗ trợ", "Dữ liệu gửi lên không đúng định dạng mà trang này nhận."),
            429 => new(code, "Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại."),
            _ => new ErrorModel(code, "Đã xảy ra lỗi", "Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau; nếu lỗi tiếp diễn, hãy báo quản trị hệ thống."),
        };

        // A refusal of the portal's own (limits, forbidden characters, dates) says precisely what to fix.
        return reason is null || code >= 500 ? model : model with { Message = reason };
    }
}
