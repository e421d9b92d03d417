using System.IO.Compression;
using System.Text;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Hardening;

/// <summary>
/// Hand-written .xlsx packages (the parts a reader needs and nothing else), so a test can put in the sheet
/// exactly what an attacker would: one enormous cell, a sea of blank rows, a part that inflates a thousand-fold.
/// </summary>
internal static class HostileWorkbooks
{
    private const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /// <summary>Header row, then one data row whose title cell holds <paramref name="cellLength"/> characters.</summary>
    public static byte[] OneHugeCell(int cellLength) => Package(sheet =>
    {
        Write(sheet, $"{Header}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        Write(sheet, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Tên lớp học, buổi hướng dẫn</t></is></c></row>");
        Write(sheet, "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
        for (var left = cellLength; left > 0; left -= chunk.Length)
        {
            sheet.Write(chunk, 0, Math.Min(chunk.Length, left));
        }

        Write(sheet, "</t></is></c></row></sheetData></worksheet>");
    });

    /// <summary>Header row, then <paramref name="count"/> rows that hold only an empty cell.</summary>
    public static byte[] BlankRows(int count) => Package(sheet =>
    {
        Write(sheet, $"{Header}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        Write(sheet, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Tên lớp học, buổi hướng dẫn</t></is></c></row>");
        var builder = new StringBuilder();
        for (var r = 2; r <= count + 1; r++)
        {
            builder.Append("<row r=\"").Append(r).Append("\"><c r=\"A").Append(r).Append("\" t=\"inlineStr\"><is><t></t></is></c></row>");
            if (builder.Length > 1 << 16)
            {
                Write(sheet, builder.ToString());
                builder.Clear();
            }
        }

        Write(sheet, builder + "</sheetData></worksheet>");
    });

    /// <summary>A sheet part that inflates to <paramref name="bytes"/> bytes of spaces (a zip bomb).</summary>
    public static byte[] Bomb(long bytes) => Package(sheet =>
    {
        Write(sheet, $"{Header}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var spaces = new byte[1 << 20];
        Array.Fill(spaces, (byte)' ');
        for (var left = bytes; left > 0; left -= spaces.Length)
        {
            sheet.Write(spaces, 0, (int)Math.Min(spaces.Length, left));
        }

        Write(sheet, "</sheetData></worksheet>");
    });

    /// <summary>A valid package with thousands of extra tiny parts.</summary>
    public static byte[] ManyParts(int parts) => Package(sheet => Write(sheet, $"{Header}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>"), parts);

    private static byte[] Package(Action<Stream> writeSheet, int extraParts = 0)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", $"{Header}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add(zip, "_rels/.rels", $"{Header}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml", $"{Header}<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Số liệu\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", $"{Header}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using (var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open())
            {
                writeSheet(sheet);
            }

            for (var i = 0; i < extraParts; i++)
            {
                Add(zip, $"xl/media/extra{i}.xml", "<x/>");
            }
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        Write(stream, text);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
