using System.Reflection;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Guide;

/// <summary>
/// docs/user-guide-vi.md as HTML, rendered once with Markdig (raw HTML in the file is not passed through, so the
/// page keeps the site's CSP). Pictures next to the guide are embedded too and served from /huong-dan/anh/.
/// </summary>
public static class UserGuide
{
    private const string Prefix = "guide/";
    private static readonly Assembly Assembly = typeof(UserGuide).Assembly;
    private static readonly Lazy<string> Rendered = new(Render);

    public static string Html => Rendered.Value;

    /// <summary>An embedded picture by its path under docs/ ("images/home.png"), or null.</summary>
    public static Stream? Picture(string path)
    {
        var name = Prefix + path.Replace('\\', '/');
        return Assembly.GetManifestResourceNames().Contains(name, StringComparer.Ordinal) && !name.EndsWith(".md", StringComparison.Ordinal)
            ? Assembly.GetManifestResourceStream(name)
            : null;
    }

    private static string Render()
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + "user-guide-vi.md")
            ?? throw new InvalidOperationException("docs/user-guide-vi.md is not embedded in the Web assembly.");
        using var reader = new StreamReader(stream);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().DisableHtml().Build();
        var document = Markdown.Parse(reader.ReadToEnd().Normalize(System.Text.NormalizationForm.FormC), pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('/') && !url.StartsWith('#'))
            {
                // Relative to docs/ in the repository: pictures come from the embedded copies, other files are not served.
                link.Url = link.IsImage ? "/huong-dan/anh/" + url.TrimStart('.', '/') : null;
            }

            if (link.IsImage)
            {
                link.GetAttributes().AddClass("img-fluid border rounded my-2");
            }
        }

        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            table.GetAttributes().AddClass("table table-sm");
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}
