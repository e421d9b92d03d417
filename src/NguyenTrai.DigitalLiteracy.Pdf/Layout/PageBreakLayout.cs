using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

internal sealed class PageBreakLayout : LaidOutBlock
{
    public override double Height => 0;

    public override void Draw(XGraphics graphics, double x, double y)
    {
        // Inside columns or keep-together groups a page break has no meaning.
    }

    public override void Flow(PageFlow flow)
    {
        if (!flow.AtPageTop)
        {
            flow.NewPage();
        }
    }
}
