namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// The Decree 30 page-1 header: issuing bodies and number on the left, national title, motto and
/// place-and-date on the right, each a stack of centred lines. The right column gets the width its widest line
/// needs, so the national title, the motto and the date never wrap; only the left column wraps (long unit names
/// go onto balanced centred lines). When the left column ends with a <see cref="HeaderLine.KeepOnOneLine"/> line
/// ("Số: …"), it is set level with the right column's last line (the date), as in the Decree's layout.
/// </summary>
public sealed class TwoColumnHeader : Block
{
    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public IList<HeaderLine> Left { get; } = [];
    public IList<HeaderLine> Right { get; } = [];

    /// <summary>
    /// Preferred share of the content width for the left column. Null shares the spare width equally once both
    /// columns have what their widest lines need. Either way the right column never gets less than it needs.
    /// </summary>
    public double? LeftShare { get; set; }

    /// <summary>Gap between the columns, in points.</summary>
    public double Gap { get; set; } = Units.Mm(3);
    public double SpaceAfter { get; set; } = 12;

    /// <summary>
    /// The standard header: parent body (upright capitals), issuing body (bold capitals, short rule), "Số: …" on the
    /// left; national title (bold 12 pt), motto (bold 13 pt, rule of its length), place and date (italic) on the
    /// right. <paramref name="parentBody"/> may be empty for a body without a parent line.
    /// </summary>
    public static TwoColumnHeader Decree30(string parentBody, string issuingBody, string numberLine, string placeAndDateLine)
    {
        var header = new TwoColumnHeader();
        if (!string.IsNullOrWhiteSpace(parentBody))
        {
            header.Left.Add(new HeaderLine(parentBody.ToUpper(Vietnamese), 13));
        }
        header.Left.Add(new HeaderLine(issuingBody.ToUpper(Vietnamese), 13, Bold: true).WithShortRule());
        header.Left.Add(HeaderLine.Number(numberLine));
        header.Right.Add(new HeaderLine(NationalTitle, 12, Bold: true));
        header.Right.Add(new HeaderLine(Motto, 13, Bold: true).WithRule());
        header.Right.Add(new HeaderLine(placeAndDateLine, 13, Italic: true) { SpaceBefore = 4 });
        return header;
    }

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) => HeaderLayout.Create(this, measurer, width);
}
