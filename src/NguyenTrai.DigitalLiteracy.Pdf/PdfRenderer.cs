using PdfSharp.Pdf;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Lays out a <see cref="ReportDocument"/> and writes it as PDF; the same input gives the same bytes.</summary>
public static class PdfRenderer
{
    public static byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PdfFonts.EnsureRegistered();

        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = true;
        DocumentMetadata.Apply(pdf, document.Info);
        using (var measurer = new TextMeasurer())
        using (var flow = new PageFlow(pdf, document.PageSetup, document.PageNumbering, measurer, document.DraftMark))
        {
            if (document.Sections.Count == 0)
            {
                flow.StartSection(PageOrientation.Portrait); // PDFsharp cannot save a document without pages.
            }
            foreach (var section in document.Sections)
            {
                flow.StartSection(section.Orientation);
                var blocks = section.Blocks.Select(b => b.Layout(measurer, flow.ContentWidth)).ToList();
                StackLayout.FlowAll(blocks, flow);
            }
            if (document.VerificationFooter is { } footer)
            {
                flow.PlaceAtBottom(footer.Layout(measurer, flow.ContentWidth));
            }
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return DeterministicOutput.Stamp(output.ToArray());
    }

    public static void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(document));
    }
}
