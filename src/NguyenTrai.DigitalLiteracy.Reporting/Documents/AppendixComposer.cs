using NguyenTrai.DigitalLiteracy.Pdf;
using static NguyenTrai.DigitalLiteracy.Reporting.Documents.ReportText;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>The appendix ("Phụ lục"): narrow tables and charts on portrait pages, wide tables on landscape pages.</summary>
public static class AppendixComposer
{
    public static void Add(ReportDocument document, ReportContent content, ReportFigures f)
    {
        var portrait = document.AddSection();
        portrait.Add(Paragraph.Title("PHỤ LỤC")).Add(Paragraph.Subtitle("SỐ LIỆU KẾT QUẢ THỰC HIỆN"));
        portrait.Add(new Paragraph($"(Kèm theo Báo cáo số {content.Number} ngày {D(content.DocumentDate)})", italic: true)
            { Alignment = TextAlignment.Center, SpaceAfter = 12 });

        if (f.Movements.Count > 0)
        {
            portrait.Add(new Paragraph($"Chỉ tính các hoạt động gắn với: {string.Join("; ", f.Movements)}.", italic: true) { Alignment = TextAlignment.Center });
        }

        portrait.Add(Caption("Biểu 1. Kết quả tuyên truyền theo hình thức"));
        portrait.Add(AppendixTables.Propaganda(f));
        portrait.Add(Chart("Số hoạt động tuyên truyền theo hình thức", f.Propaganda.Select(p => (p.Channel, (double)p.Activities))));
        portrait.Add(Caption("Biểu 2. Tuyên truyền, hướng dẫn trực tuyến và trực tiếp"));
        portrait.Add(AppendixTables.Modes(f));
        portrait.Add(Caption("Biểu 3. Kết quả hướng dẫn, trải nghiệm kỹ năng số theo đơn vị"));
        portrait.Add(AppendixTables.Training(f));
        portrait.Add(Chart("Lượt người tham gia hướng dẫn theo đơn vị", f.TrainingByUnit.Select(t => (t.Unit, (double)t.Participants))));
        portrait.Add(Caption("Biểu 4. Hướng dẫn theo nền tảng số"));
        portrait.Add(AppendixTables.Platforms(f));
        portrait.Add(Note(AppendixTables.CountedOncePerRow));
        portrait.Add(Caption("Biểu 5. Hướng dẫn theo đối tượng"));
        portrait.Add(AppendixTables.TargetGroups(f));
        portrait.Add(Note(AppendixTables.CountedOncePerRow));
        portrait.Add(Caption("Biểu 6. Tình hình báo cáo của các đơn vị"));
        portrait.Add(AppendixTables.Compliance(f));

        var landscape = document.AddSection(PageOrientation.Landscape);
        landscape.Add(Caption("Biểu 7. Sáng kiến, cách làm hay được lựa chọn báo cáo cấp trên"));
        landscape.Add(AppendixTables.Initiatives(f.SelectedInitiatives));
        landscape.Add(Caption("Biểu 8. Lồng ghép nội dung học tập số"));
        landscape.Add(AppendixTables.Integrations(f));
        landscape.Add(Caption("Biểu 9. Địa điểm tổ chức tuyên truyền, hướng dẫn"));
        landscape.Add(AppendixTables.Places(f));
        if (content.IncludeSessionList)
        {
            landscape.Add(new PageBreak());
            landscape.Add(Caption("Biểu 10. Danh sách các buổi hướng dẫn, trải nghiệm kỹ năng số"));
            landscape.Add(AppendixTables.Sessions(f));
        }
    }

    private static Paragraph Note(string text) => new(text, italic: true) { FontSize = 11, SpaceAfter = 6 };

    private static Paragraph Caption(string text) =>
        new(text, bold: true) { SpaceBefore = 6, SpaceAfter = 0, KeepWithNext = true };

    private static BarChart Chart(string title, IEnumerable<(string Label, double Value)> bars)
    {
        var chart = new BarChart { Title = title, Direction = BarDirection.Horizontal };
        foreach (var (label, value) in bars)
        {
            chart.Add(label, value);
        }

        return chart;
    }
}
