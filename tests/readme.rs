//! The README documents every rule of the sieve, in the sieve's order.

use quotative::Rule;

#[test]
fn readme_lists_every_rule_in_sieve_order() {
    let readme = include_str!("../README.md");
    let mut from = readme
        .find("## The rules")
        .expect("README has a rules section");
    for rule in Rule::ALL {
        let needle = format!("| `{}` |", rule.name());
        let at = readme[from..].find(&needle).unwrap_or_else(|| {
            panic!(
                "README's rules table lacks {} (or lists it out of order)",
                rule.name()
            )
        });
        from += at + needle.len();
    }
}
