using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>The cursor over the pages being written: current page, its content box and the y position.</summary>
internal sealed class PageFlow : IDisposable
{
    private const double Tolerance = 0.01;

    private readonly PdfDocument pdf;
    private readonly PageSetup setup;
    private readonly PageNumbering numbering;
    private readonly TextMeasurer measurer;
    private readonly string? draftMark;
    private XGraphics? graphics;
    private PageOrientation orientation;

    public PageFlow(PdfDocument pdf, PageSetup setup, PageNumbering numbering, TextMeasurer measurer, string? draftMark = null)
    {
        this.pdf = pdf;
        this.setup = setup;
        this.numbering = numbering;
        this.measurer = measurer;
        this.draftMark = string.IsNullOrWhiteSpace(draftMark) ? null : TextNormalizer.ToNfc(draftMark.Trim());
    }

    public int PageCount { get; private set; }
    public double Left => setup.MarginLeft;
    public double Top => setup.MarginTop;
    public double Bottom { get; private set; }
    public double ContentWidth { get; private set; }
    public double Y { get; private set; }
    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page started.");
    public bool AtPageTop => Y <= Top + Tolerance;
    public double FullPageHeight => Bottom - Top;

    public bool Fits(double height) => Y + height <= Bottom + Tolerance;

    public void Advance(double height) => Y += height;

    /// <summary>Space after a block is dropped at the page bottom instead of pushing the next block down.</summary>
    public void AdvanceWithinPage(double height) => Y = Math.Min(Y + height, Math.Max(Y, Bottom));

    /// <summary>Space before a block is dropped at the top of a page.</summary>
    public void SpaceBefore(double height)
    {
        if (!AtPageTop)
        {
            AdvanceWithinPage(height);
        }
    }

    public void EnsureSpace(double height)
    {
        if (!Fits(height) && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Draws a block against the bottom of the content area of the last page, on a new page when it does not fit.</summary>
    public void PlaceAtBottom(LaidOutBlock block)
    {
        if (!Fits(block.Height))
        {
            NewPage();
        }
        block.Draw(Graphics, Left, Bottom - block.Height);
        Y = Bottom;
    }

    public void StartSection(PageOrientation sectionOrientation)
    {
        orientation = sectionOrientation;
        NewPage();
    }

    public void NewPage()
    {
        graphics?.Dispose();
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(setup.Width(orientation));
        page.Height = XUnit.FromPoint(setup.Height(orientation));
        graphics = XGraphics.FromPdfPage(page);
        PageCount++;
        measurer.State.CurrentPageIndex = PageCount - 1;
        ContentWidth = setup.Width(orientation) - setup.MarginLeft - setup.MarginRight;
        Bottom = setup.Height(orientation) - setup.MarginBottom;
        Y = Top;
        if (draftMark is not null)
        {
            DraftMarkPainter.Draw(Graphics, measurer, draftMark, setup.Width(orientation), setup.Height(orientation));
        }
        DrawPageNumber();
    }

    private void DrawPageNumber()
    {
        if (!numbering.Enabled || (PageCount == 1 && !numbering.ShowOnFirstPage))
        {
            return;
        }
        var font = measurer.Font(new FontKey(numbering.FontSize, false, false));
        var text = PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Centred on the text area (not the paper), in the upper part of the top margin.
        var x = Left + (ContentWidth - font.Width(text)) / 2;
        Graphics.DrawString(text, font.Font, XBrushes.Black, x, Top * 0.6);
    }

    public void Dispose()
    {
        graphics?.Dispose();
        graphics = null;
    }
}
