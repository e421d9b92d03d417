using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// The signature field's own appearance stays empty: the visible signature is drawn in the page content beneath
/// it (see <see cref="SignatureAppearance"/>), which prints everywhere, while PDFsharp's default appearance would
/// add English text and the server clock.
/// </summary>
internal sealed class NoAppearance : IAnnotationAppearanceHandler
{
    public void DrawAppearance(XGraphics gfx, XRect rect)
    {
    }
}
