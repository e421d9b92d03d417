using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.ExcelImport;

/// <summary>Workbooks written in the test with MiniExcel, and the upload/confirm round trip a browser makes.</summary>
internal static class ImportFiles
{
    // The template's headers are the web form's labels (one validation source).
    public const string Title = "Tiêu đề";
    public const string Date = "Ngày";
    public const string Women = "Trong đó nữ";
    public const string Adults = "Trong đó từ 18 tuổi trở lên";

    public static Dictionary<string, object?> TrainingRow(string title, object date, int total = 20, int women = 12, int aged60 = 5, int? adults = 18) => new()
    {
        [Title] = title,
        ["Hình thức"] = "Lớp học",
        [Date] = date,
        ["Thời lượng (giờ)"] = 1.5,
        ["Địa điểm"] = "Hội trường UBND phường",
        ["Nền tảng được hướng dẫn"] = "VNeID; binhdanhocvuso.gov.vn",
        ["Đối tượng"] = "Người cao tuổi; Phụ nữ",
        ["Tổng số người tham gia"] = total,
        [Adults] = adults,
        [Women] = women,
        ["Trong đó từ 60 tuổi trở lên"] = aged60,
        ["Tài khoản tạo mới trên binhdanhocvuso.gov.vn"] = 4,
        ["Số người hoàn thành khóa học / được cấp chứng nhận"] = 3,
        ["Người hướng dẫn"] = "Đoàn Thanh niên phường",
        ["Phong trào"] = "Bình dân học vụ số; Ngày hội toàn dân học tập số",
    };

    public static Dictionary<string, object?> PropagandaRow(string title, object date, int quantity = 2) => new()
    {
        [Title] = title,
        [Date] = date,
        ["Ngày kết thúc"] = null,
        ["Hình thức tuyên truyền"] = "Bài đăng nhóm Zalo",
        ["Trực tuyến / trực tiếp"] = "Trực tuyến",
        ["Số lượng (lượt phát, bài đăng, băng rôn)"] = quantity,
        ["Địa điểm"] = null,
        ["Số người tiếp cận (ước tính)"] = 300,
        ["Nội dung tóm tắt"] = "Hướng dẫn đăng ký tài khoản <script>alert(1)</script>",
        ["Phong trào"] = "CDS-10-10",
    };

    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static async Task<IHtmlDocument> UploadAsync(PortalClient client, string kind, byte[] bytes, string fileName = "so-lieu.xlsx")
    {
        var token = await client.GetAntiforgeryTokenAsync("/nhap-excel");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        var response = await client.Http.PostAsync(new Uri("/nhap-excel", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    /// <summary>Posts the preview's confirm form as it is.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(PortalClient client, IHtmlDocument preview)
    {
        var form = preview.QuerySelector("[data-testid=import-confirm]") ?? throw new InvalidOperationException("No confirm form on the preview");
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        return client.PostFormAsync("/nhap-excel/xac-nhan", fields);
    }

    public static IReadOnlyList<(string Row, string Column, string Message)> Errors(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).Select(c => (c[0], c[1], c[2]))];
}
