using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Blank space that records where it was drawn, so the renderer can put the signature there.</summary>
internal sealed class SignatureBoxLayout(SignatureBox box, RenderState state, double width) : LaidOutBlock
{
    public override double Height { get; } = box.SpaceBefore + box.Height + box.SpaceAfter;

    public override void Draw(XGraphics graphics, double x, double y) =>
        state.SignatureBox = new SignaturePlacement(state.CurrentPageIndex, x, y + box.SpaceBefore, width, box.Height);
}
