using GeneTherapy.Domain;

namespace Acme.Registry
{
    /// <summary>Uses the built-in catalog and the library's own seed from netstandard2.0.</summary>
    public static class Registry
    {
        /// <summary>The wire code of a product's vector, or null when the product or its vector is unknown.</summary>
        public static string? VectorCode(string productId) =>
            Products.TryGet(productId, out Product? product) ? product.Substance.Vector?.ToCode() : null;

        /// <summary>How many products the EU site follows.</summary>
        public static int FollowedAtFirstEuSite() => Sites.SiteEu1.Follows.Count;

        /// <summary>The longest code of the library's own enum, from its code table.</summary>
        public static int LongestRoleCode() => CodeTables.Get<SiteRole>().MaxCodeLength;
    }
}
