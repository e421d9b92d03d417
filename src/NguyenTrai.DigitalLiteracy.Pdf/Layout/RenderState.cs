namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>What the layout reports back to the renderer during one render: the current page and where the signature box landed.</summary>
internal sealed class RenderState
{
    public int CurrentPageIndex { get; set; } = -1;
    public SignaturePlacement? SignatureBox { get; set; }
}
