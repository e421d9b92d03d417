using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A block measured for a width: its height, and how to draw it in place or paginate it.</summary>
internal abstract class LaidOutBlock
{
    public abstract double Height { get; }

    /// <summary>The part that must be on the page where the block starts (a first line, a header plus one row).</summary>
    public virtual double LeadHeight => Height;

    public virtual bool KeepWithNext => false;

    /// <summary>Draws the whole block with its top-left at (x, y); used inside columns and for atomic blocks.</summary>
    public abstract void Draw(XGraphics graphics, double x, double y);

    /// <summary>Places the block in the page flow. Atomic by default: moves to a new page when it does not fit.</summary>
    public virtual void Flow(PageFlow flow)
    {
        flow.EnsureSpace(Height);
        Draw(flow.Graphics, flow.Left, flow.Y);
        flow.Advance(Height);
    }
}
