using Acme.Sites;
using GeneTherapy.Domain;
using GeneTherapy.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

// A consumer's own enum (sites.seed.json) and built-in ones, stored as codes in a SQLite file.
string path = Path.Combine(AppContext.BaseDirectory, "sites.db");
File.Delete(path);
using (var db = new SitesContext(path))
{
    db.Database.EnsureCreated();
    db.Sites.Add(new Site { Id = "site-eu-1", Status = SiteStatus.Recruiting, Vector = VectorPlatform.Lentiviral, Prior = { VectorPlatform.AdenoAssociatedVirus, VectorPlatform.Lentiviral } });
    db.SaveChanges();

    var connection = db.Database.GetDbConnection();
    db.Database.OpenConnection();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT \"Id\", \"Status\", \"Vector\", \"Prior\" FROM \"Sites\"";
    using var reader = command.ExecuteReader();
    reader.Read();
    Console.WriteLine($"raw row: {reader.GetString(0)} | {reader.GetString(1)} | {reader.GetString(2)} | {reader.GetString(3)}");
}

using (var db = new SitesContext(path))
{
    Site site = db.Sites.Single();
    Console.WriteLine($"read back: {site.Status}, {site.Vector}, {string.Join("+", site.Prior)}");
    string sql = db.Sites.Where(s => s.Status == SiteStatus.Recruiting).ToQueryString();
    Console.WriteLine("query: " + sql.Split('\n').Single(l => l.StartsWith("WHERE", StringComparison.Ordinal)).Trim());
    Console.WriteLine($"column Status: max length {db.Model.FindEntityType(typeof(Site))!.FindProperty(nameof(Site.Status))!.GetMaxLength()}");
}

public sealed class Site
{
    public string Id { get; set; } = "";

    public SiteStatus Status { get; set; }

    public VectorPlatform Vector { get; set; }

    public List<VectorPlatform> Prior { get; set; } = new();
}

public sealed class SitesContext(string path) : DbContext
{
    public DbSet<Site> Sites => Set<Site>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite("Data Source=" + path);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.StoreVocabularyAsCodes();
}
