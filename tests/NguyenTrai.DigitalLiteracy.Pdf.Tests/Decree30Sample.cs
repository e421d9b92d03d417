namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>A Decree-30-style report (header, title, body, table over a page break, chart, signatures).</summary>
public static class Decree30Sample
{
    public static ReportDocument Build(int tableRows = 40)
    {
        var document = new ReportDocument
        {
            Info = new DocumentInfo
            {
                Title = "Báo cáo kết quả Bình dân học vụ số",
                Author = "UBND phường Nguyễn Trãi",
                Subject = "Báo cáo quý III năm 2025",
                CreatedAt = new DateTimeOffset(2025, 10, 5, 8, 30, 0, TimeSpan.FromHours(7)),
            },
        };
        var section = document.AddSection();
        section.Add(Header());
        section.Add(Paragraph.Title("BÁO CÁO"));
        section.Add(Paragraph.Subtitle("Kết quả triển khai phong trào “Bình dân học vụ số” quý III năm 2025"));
        section.Add(Paragraph.Heading1("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"));
        section.Add(Paragraph.Body(
            "Thực hiện Kế hoạch số 125/KH-UBND ngày 15 tháng 3 năm 2025 của Ủy ban nhân dân thành phố về triển khai phong trào "
            + "“Bình dân học vụ số”, Ủy ban nhân dân phường đã ban hành các văn bản chỉ đạo, phân công nhiệm vụ cụ thể cho "
            + "từng tổ dân phố, đoàn thể; thành lập các tổ công nghệ số cộng đồng để hướng dẫn người dân sử dụng dịch vụ công "
            + "trực tuyến, thanh toán không dùng tiền mặt và ứng dụng định danh điện tử VNeID."));
        section.Add(Paragraph.Heading1("II. KẾT QUẢ THỰC HIỆN"));
        section.Add(Paragraph.Heading2("1. Công tác tuyên truyền"));
        section.Add(Paragraph.Body(
            "Tổ chức 24 buổi tuyên truyền tại nhà văn hóa các tổ dân phố với 1.856 lượt người tham dự; đăng tải 37 tin, bài trên "
            + "trang thông tin điện tử và nhóm Zalo của phường; treo 45 băng rôn, khẩu hiệu tại các tuyến phố chính. Kết quả cụ "
            + "thể của từng tổ dân phố được tổng hợp tại bảng dưới đây."));
        section.Add(Table(tableRows));
        section.Add(Chart());
        section.Add(Paragraph.Heading1("III. ĐÁNH GIÁ CHUNG"));
        section.Add(Paragraph.Body(
            "Phong trào được cấp ủy, chính quyền quan tâm chỉ đạo sát sao; người dân hưởng ứng tích cực. Tuy nhiên, một bộ phận "
            + "người cao tuổi còn gặp khó khăn khi sử dụng điện thoại thông minh; thiết bị tại một số điểm hỗ trợ còn thiếu."));
        section.Add(Signatures());
        return document;
    }

    public static TwoColumnHeader Header()
    {
        var header = new TwoColumnHeader();
        header.Left.Add(new HeaderLine("UBND THÀNH PHỐ HẢI PHÒNG", 12));
        header.Left.Add(new HeaderLine("UBND PHƯỜNG NGUYỄN TRÃI", 12, Bold: true).WithRule(Units.Mm(25)));
        header.Left.Add(new HeaderLine("Số: 125/BC-UBND", 13) { SpaceBefore = 4 });
        header.Right.Add(new HeaderLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, Bold: true));
        header.Right.Add(new HeaderLine("Độc lập - Tự do - Hạnh phúc", 13, Bold: true).WithRule());
        header.Right.Add(new HeaderLine("Nguyễn Trãi, ngày 05 tháng 10 năm 2025", 13, Italic: true) { SpaceBefore = 4 });
        return header;
    }

    public static Table Table(int rows)
    {
        var table = new Table(0.6, 3, 1.4, 1.4, 1.4);
        table.ColumnAlignments[0] = TextAlignment.Center;
        table.ColumnAlignments[2] = table.ColumnAlignments[3] = table.ColumnAlignments[4] = TextAlignment.Right;
        table.AddHeaderRow("STT", "Tổ dân phố", "Số buổi", "Lượt người", "Tỷ lệ đạt (%)");
        for (var i = 1; i <= rows; i++)
        {
            table.AddRow(i.ToString(), $"Tổ dân phố số {i} – khu Quảng Trung", (i % 7 + 1).ToString(), (i * 37 % 500 + 20).ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), $"{60 + i % 40},5");
        }
        table.AddTotalRow(new TableCell("Tổng cộng") { ColumnSpan = 2, Alignment = TextAlignment.Center }, "168", "12.406", "82,3");
        return table;
    }

    public static BarChart Chart() =>
        new BarChart { Title = "Số lượt người được hướng dẫn kỹ năng số theo tháng" }
            .Add("Tháng Bảy", 512)
            .Add("Tháng Tám", 734)
            .Add("Tháng Chín", 1_043)
            .Add("Đợt cao điểm 10/10", 1_377);

    public static KeepTogether Signatures()
    {
        var recipients = new Paragraph("Nơi nhận:", bold: true, italic: true) { FontSize = 12, SpaceAfter = 0 };
        var list = new Paragraph("- UBND thành phố (để b/c);\n- Thường trực Đảng ủy phường;\n- Lưu: VT, VHXH.") { FontSize = 11, SpaceAfter = 0 };
        var signer = new SideBySide().AddColumn(1, recipients, list).AddColumn(1,
            Paragraph.Centered("TM. ỦY BAN NHÂN DÂN", bold: true),
            Paragraph.Centered("KT. CHỦ TỊCH", bold: true),
            Paragraph.Centered("PHÓ CHỦ TỊCH", bold: true),
            new SignatureBox(),
            Paragraph.Centered("Nguyễn Thị Hằng", bold: true));
        signer.SpaceBefore = 12;
        return new KeepTogether(signer);
    }
}
