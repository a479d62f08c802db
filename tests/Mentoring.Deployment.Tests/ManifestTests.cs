using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Mentoring.Deployment.Tests;

/// <summary>Facts about the source manifest, its localization and its icons that the schema alone does not check.</summary>
public sealed class ManifestTests
{
    private static JsonNode Manifest => JsonNode.Parse(File.ReadAllText(Repo.PathOf("addin-manifest", "manifest.json")))!;

    [Fact]
    public void Manifest_is_french_first_with_an_english_localization()
    {
        var manifest = Manifest;
        Assert.Equal("fr-FR", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        var english = Assert.Single(manifest["localizationInfo"]!["additionalLanguages"]!.AsArray());
        Assert.Equal("en", (string?)english!["languageTag"]);
        Assert.Equal("en.json", (string?)english["file"]);

        var en = JsonNode.Parse(File.ReadAllText(Repo.PathOf("addin-manifest", "en.json")))!.AsObject();
        Assert.Equal("My circles", (string?)en["staticTabs[0].name"]);
        Assert.Equal("Mes cercles", (string?)manifest["staticTabs"]![0]!["name"]);
    }

    [Fact]
    public void Manifest_declares_tabs_bot_sso_and_the_outlook_meeting_organizer_button()
    {
        var manifest = Manifest;
        Assert.True(Version.Parse((string)manifest["manifestVersion"]!) >= new Version(1, 19));

        var contexts = manifest["configurableTabs"]![0]!["context"]!.AsArray().Select(c => (string)c!).ToArray();
        Assert.Equal(["meetingSidePanel", "meetingDetailsTab", "meetingChatTab"], contexts);
        Assert.EndsWith("/tab/config", (string?)manifest["configurableTabs"]![0]!["configurationUrl"], StringComparison.Ordinal);

        var bot = manifest["bots"]![0]!;
        Assert.Equal("{{BOT_ID}}", (string?)bot["botId"]);
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());

        Assert.Equal("api://{{APP_DOMAIN}}/{{AAD_CLIENT_ID}}", (string?)manifest["webApplicationInfo"]!["resource"]);

        var extension = manifest["extensions"]![0]!;
        Assert.Equal("mail", (string?)extension["requirements"]!["scopes"]![0]);
        var ribbon = extension["ribbons"]![0]!;
        Assert.Equal("meetingDetailsOrganizer", (string?)ribbon["contexts"]![0]);
        var button = ribbon["tabs"]![0]!["groups"]![0]!["controls"]![0]!;
        Assert.Equal("Planifier un cercle", (string?)button["label"]);
        var action = extension["runtimes"]![0]!["actions"]!.AsArray().Single(a => (string?)a!["id"] == (string?)button["actionId"])!;
        Assert.Equal("openPage", (string?)action["type"]);
        Assert.Equal("https://{{APP_DOMAIN}}/tab/taskpane", (string?)extension["runtimes"]![0]!["code"]!["page"]);
    }

    [Fact]
    public void Color_icon_is_192_square_and_opaque()
    {
        var icon = Png.Read(Repo.PathOf("addin-manifest", "color.png"));
        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
    }

    [Fact]
    public void Outline_icon_is_32_square_white_on_transparent()
    {
        var icon = Png.Read(Repo.PathOf("addin-manifest", "outline.png"));
        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var pixels = icon.Pixels().ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    /// <summary>Just enough PNG decoding for 8-bit RGBA, non-interlaced images (what gen-icons.mjs writes).</summary>
    private sealed record Png(int Width, int Height, byte[] Rgba)
    {
        public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
        {
            for (var i = 0; i < Rgba.Length; i += 4)
                yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }

        public static Png Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
            int width = 0, height = 0;
            using var idat = new MemoryStream();
            for (var at = 8; at < bytes.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
                var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
                var data = bytes.AsSpan(at + 8, length);
                if (type == "IHDR")
                {
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    Assert.True(data[8] == 8 && data[9] == 6 && data[12] == 0, "Expected 8-bit RGBA, non-interlaced.");
                }
                else if (type == "IDAT")
                {
                    idat.Write(data);
                }
                at += 12 + length;
            }

            idat.Position = 0;
            using var inflated = new MemoryStream();
            using (var z = new ZLibStream(idat, CompressionMode.Decompress))
                z.CopyTo(inflated);
            var raw = inflated.ToArray();

            var stride = width * 4;
            var rgba = new byte[stride * height];
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * (stride + 1)];
                for (var x = 0; x < stride; x++)
                {
                    var value = raw[y * (stride + 1) + 1 + x];
                    int left = x >= 4 ? rgba[y * stride + x - 4] : 0;
                    int up = y > 0 ? rgba[(y - 1) * stride + x] : 0;
                    int upLeft = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
                    rgba[y * stride + x] = (byte)(value + filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, upLeft),
                        _ => throw new InvalidDataException($"PNG filter {filter}"),
                    });
                }
            }
            return new Png(width, height, rgba);
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
