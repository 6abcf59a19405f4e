//! The hash tables behind the word classes: open addressing for the words
//! while the lists are gathered and for long words, and perfect hashing
//! (a bucket's mask moves each word to a slot of its own) for the short and
//! medium words the tokenizer looks up.

/// An open-addressing table of folded keys with their [`WordClass`](super::WordClass) bits.
/// Its `N` slots (a power of two) are at most half full (fuller tables
/// measured no faster), and probed linearly from the top bits of the
/// key's hash; an empty slot holds the default (all-zero) key, which no
/// word folds to. (`N` is a constant so that the shift and the mask of a
/// lookup are too, and an index of the bits needs no bounds check.)
pub(super) struct ClassSlots<K, const N: usize> {
    /// The key of each slot.
    keys: Box<[K]>,
    /// The class bits of each slot's key.
    pub(super) bits: Box<[u64; N]>,
}

impl<K: Copy + Default + PartialEq, const N: usize> ClassSlots<K, N> {
    /// How far a hash is shifted right to leave the bits of a slot's
    /// index (a table has at least two slots).
    const SHIFT: u32 = {
        assert!(N >= 2 && N.is_power_of_two());
        64 - N.trailing_zeros()
    };

    /// A table of no words.
    pub(super) fn empty() -> ClassSlots<K, N> {
        let keys = vec![K::default(); N].into_boxed_slice();
        match vec![0; N].into_boxed_slice().try_into() {
            Ok(bits) => ClassSlots { keys, bits },
            Err(_) => unreachable!("a vector of N bits"),
        }
    }

    /// A table of `words`, whose keys are distinct, with `hash` their
    /// hash.
    pub(super) fn new(words: &[(K, u64)], hash: impl Fn(K) -> u64) -> ClassSlots<K, N> {
        assert!(
            2 * words.len() <= N,
            "a table of {N} slots for {} words",
            words.len()
        );
        let mut table = ClassSlots::empty();
        // (inserted in the order of the slots their hashes point to, a key
        // is pushed on by those before it only, so that keys lie near
        // their slots)
        let mut homes: Vec<(usize, K, u64)> = words
            .iter()
            .map(|&(key, bits)| (table.home(hash(key)), key, bits))
            .collect();
        homes.sort_unstable_by_key(|&(home, _, _)| home);
        for (_, key, bits) in homes {
            let at = table.slot(key, hash(key));
            table.set(at, key, bits);
        }
        table
    }

    /// The slot that a key whose hash is `hash` is looked for from.
    #[inline(always)]
    fn home(&self, hash: u64) -> usize {
        // The top bits of a multiplicative hash depend on every input bit.
        (hash >> Self::SHIFT) as usize
    }

    /// Where `key` (with hash `hash`) is, or the empty slot where it would
    /// go.
    #[inline]
    pub(super) fn slot(&self, key: K, hash: u64) -> usize {
        let mut i = self.home(hash);
        loop {
            let k = self.keys[i];
            if k == key || k == K::default() {
                return i;
            }
            i = (i + 1) & (N - 1);
        }
    }

    /// The class bits of `key` (with hash `hash`), if it is in the table:
    /// probed as [`slot`](Self::slot) probes, reading each entry once.
    /// (`key` is never the default key, which no word folds to: an empty
    /// slot is not taken for it.)
    #[inline(always)]
    pub(super) fn bits_of(&self, key: K, hash: u64) -> Option<u64> {
        debug_assert!(key != K::default());
        let mut i = (hash >> Self::SHIFT) as usize;
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.bits[i]);
            }
            if k == K::default() {
                return None;
            }
            i = (i + 1) & (N - 1);
        }
    }

    /// Puts `key`, with its `bits`, in slot `at` (below `N`).
    pub(super) fn set(&mut self, at: usize, key: K, bits: u64) {
        self.keys[at] = key;
        self.bits[at] = bits;
    }

    /// The keys of the table, each with its bits.
    pub(super) fn entries(&self) -> impl Iterator<Item = (K, u64)> + '_ {
        self.keys[..N]
            .iter()
            .zip(self.bits.iter())
            .map(|(&key, &bits)| (key, bits))
            .filter(|&(key, _)| key != K::default())
    }

    /// The keys of the table.
    #[cfg(test)]
    pub(super) fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.entries().map(|(key, _)| key)
    }
}

/// How many hashes [`DenseWords::new`] tries before it gives up on a list
/// of words (the lists as they are fit at the first).
const MULTIPLIER_TRIES: u64 = 64;

/// The table of the words of at most eight bytes (some two thousand):
/// 4096 slots, two a bucket. (2048 slots held the lists until they grew
/// past 2047 words: a perfect hash needs a slot for each.)
pub(super) type ShortWords = DenseWords<u64, 4096, 2048>;

/// The table of the words of nine to sixteen bytes (some five hundred):
/// 1024 slots, two a bucket.
pub(super) type MediumWords = DenseWords<[u64; 2], 1024, 512>;

/// The key of a word in a [`DenseWords`] table: its folded bytes, in one
/// machine word or two, never all zero.
pub(super) trait DenseKey: Copy + Default + Ord {
    /// A slot of the table: a key and its class bits, aligned so that no
    /// slot crosses a cache line.
    type Slot: Copy + Default;

    /// The slot of the key with its `bits`.
    fn slot(self, bits: u64) -> Self::Slot;

    /// The key and bits of `slot`.
    fn of_slot(slot: Self::Slot) -> (Self, u64);

    /// The key's hash by the odd `multiplier`, whose top bits depend on
    /// every bit of the key.
    fn hash_with(self, multiplier: u64) -> u64;
}

/// A slot of [`ShortWords`]: sixteen bytes.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
pub(super) struct ShortSlot {
    key: u64,
    bits: u64,
}

/// A slot of [`MediumWords`]: thirty-two bytes.
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
pub(super) struct MediumSlot {
    key: [u64; 2],
    bits: u64,
}

impl DenseKey for u64 {
    type Slot = ShortSlot;

    fn slot(self, bits: u64) -> ShortSlot {
        ShortSlot { key: self, bits }
    }

    #[inline(always)]
    fn of_slot(slot: ShortSlot) -> (u64, u64) {
        (slot.key, slot.bits)
    }

    #[inline(always)]
    fn hash_with(self, multiplier: u64) -> u64 {
        self.wrapping_mul(multiplier)
    }
}

impl DenseKey for [u64; 2] {
    type Slot = MediumSlot;

    fn slot(self, bits: u64) -> MediumSlot {
        MediumSlot { key: self, bits }
    }

    #[inline(always)]
    fn of_slot(slot: MediumSlot) -> ([u64; 2], u64) {
        (slot.key, slot.bits)
    }

    #[inline(always)]
    fn hash_with(self, multiplier: u64) -> u64 {
        // (two keys alike for one multiplier, (a - a') m = b' - b, are
        // not for most others)
        let [a, b] = self;
        a.wrapping_mul(multiplier)
            .wrapping_add(b)
            .wrapping_mul(multiplier)
    }
}

/// Words, each with its class bits, in a table of `N` slots where each
/// word has a slot of its own (a perfect hash): a word's hash picks one
/// of `BUCKETS` buckets, whose XOR mask, chosen when the table is built,
/// moves the slot its hash's next bits point to where no other word lies.
/// A lookup reads one small mask and one slot, the key and its bits side
/// by side (one cache line, in a table of a quarter of the size of one
/// probed linearly, with its keys and bits apart), with no branch.
pub(super) struct DenseWords<K: DenseKey, const N: usize, const BUCKETS: usize> {
    /// The key and class bits of each slot; an empty slot holds the zero
    /// key, which no word folds to.
    slots: Box<[K::Slot; N]>,
    /// The XOR mask of each bucket (below `N`).
    masks: Box<[u16; BUCKETS]>,
    /// The odd multiplier of the hash, chosen so that no two words of a
    /// bucket point to the same slot.
    multiplier: u64,
    /// The bits of a word in no list.
    pub(super) absent: u64,
}

impl<K: DenseKey, const N: usize, const BUCKETS: usize> DenseWords<K, N, BUCKETS> {
    /// How far a hash is shifted right to leave a bucket.
    const BUCKET_SHIFT: u32 = {
        assert!(N.is_power_of_two() && BUCKETS.is_power_of_two() && BUCKETS < N);
        // (a mask is a u16)
        assert!(N <= 1 << 16);
        64 - BUCKETS.trailing_zeros()
    };

    /// How far a hash is shifted right to leave a bucket and a slot.
    const SLOT_SHIFT: u32 = Self::BUCKET_SHIFT - N.trailing_zeros();

    /// A table of `words` (distinct, non-zero keys), with `absent` the
    /// bits of a word not in it.
    pub(super) fn new(words: &[(K, u64)], absent: u64) -> Self {
        assert!(
            words.len() < N,
            "{} words for {N} slots: more slots needed",
            words.len()
        );
        // (a multiplier that fails, where two words of a bucket point to
        // one slot or a bucket finds no room, is replaced by the next: the
        // lists as they are need one try, each a sort of the words; a
        // bound, so that lists that no longer fit fail the first lookup,
        // and every test, at once, rather than search on)
        for attempt in 0..MULTIPLIER_TRIES {
            let multiplier =
                (0x9E37_79B9_7F4A_7C15_u64 ^ attempt.wrapping_mul(0xD1B5_4A32_D192_ED03)) | 1;
            if let Some(table) = Self::placed(words, multiplier, absent) {
                return table;
            }
        }
        panic!(
            "{} words found no slots of their own among {N} in {MULTIPLIER_TRIES} tries: more slots needed",
            words.len()
        )
    }

    /// `words` placed with hashes by `multiplier`, if they fit.
    fn placed(words: &[(K, u64)], multiplier: u64, absent: u64) -> Option<Self> {
        // (bucket, slot before the mask, key, bits), by bucket and slot
        let mut hashed: Vec<(usize, usize, K, u64)> = words
            .iter()
            .map(|&(key, bits)| {
                let (bucket, slot) = Self::bucket_and_slot(key, multiplier);
                (bucket, slot, key, bits)
            })
            .collect();
        hashed.sort_unstable_by_key(|&(bucket, slot, _, _)| (bucket, slot));
        if hashed
            .windows(2)
            .any(|pair| pair[0].0 == pair[1].0 && pair[0].1 == pair[1].1)
        {
            // (two words of a bucket point to one slot: no mask parts them)
            return None;
        }
        // (the fullest buckets first, while most slots are free)
        let mut buckets: Vec<&[(usize, usize, K, u64)]> =
            hashed.chunk_by(|a, b| a.0 == b.0).collect();
        buckets.sort_by_key(|bucket| std::cmp::Reverse(bucket.len()));
        let mut table = DenseWords {
            slots: vec![K::Slot::default(); N]
                .into_boxed_slice()
                .try_into()
                .ok()?,
            masks: vec![0; BUCKETS].into_boxed_slice().try_into().ok()?,
            multiplier,
            absent,
        };
        let free = |table: &Self, at: usize| K::of_slot(table.slots[at]).0 == K::default();
        // (every slot before it is taken, once the buckets of one word,
        // placed last, are reached: each takes the first free slot)
        let mut taken_to = 0;
        for bucket in buckets {
            let mask = if let [(_, slot, _, _)] = bucket {
                taken_to = (taken_to..N).find(|&at| free(&table, at))?;
                slot ^ taken_to
            } else {
                (0..N).find(|&mask| {
                    bucket
                        .iter()
                        .all(|&(_, slot, _, _)| free(&table, slot ^ mask))
                })?
            };
            for &(b, slot, key, bits) in bucket {
                table.slots[slot ^ mask] = key.slot(bits);
                table.masks[b] = u16::try_from(mask).ok()?;
            }
        }
        Some(table)
    }

    /// The bucket of `key` and the slot it points to before its bucket's
    /// mask moves it, from the top bits of its hash.
    #[inline(always)]
    fn bucket_and_slot(key: K, multiplier: u64) -> (usize, usize) {
        let hash = key.hash_with(multiplier);
        let bucket = (hash >> Self::BUCKET_SHIFT) as usize;
        let slot = (hash >> Self::SLOT_SHIFT) as usize;
        (bucket, slot & (N - 1))
    }

    /// The key and bits of the slot where `key` is, if it is in the table.
    #[inline(always)]
    fn slot_of(&self, key: K) -> (K, u64) {
        let (bucket, slot) = Self::bucket_and_slot(key, self.multiplier);
        let mask = usize::from(self.masks[bucket & (BUCKETS - 1)]);
        K::of_slot(self.slots[(slot ^ mask) & (N - 1)])
    }

    /// The class bits of `key`, or the bits of a word not in the table,
    /// chosen by arithmetic: no branch on whether the word is in a list,
    /// as good as random from word to word. (Compiled as a choice of the
    /// address the bits are read from, the slot's or `absent`'s; with
    /// `absent` a constant of the caller's instead, the compiler chose
    /// between a loaded value and a constant by a branch.)
    #[inline(always)]
    pub(super) fn bits_or_absent(&self, key: K) -> u64 {
        let (slot_key, bits) = self.slot_of(key);
        let hit = u64::from(slot_key == key).wrapping_neg();
        (bits & hit) | (self.absent & !hit)
    }

    /// The class bits of `key`, if it is in the table.
    #[inline]
    pub(super) fn bits_of(&self, key: K) -> Option<u64> {
        let (slot_key, bits) = self.slot_of(key);
        (slot_key == key).then_some(bits)
    }

    /// The keys of the table.
    #[cfg(test)]
    pub(super) fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.slots
            .iter()
            .map(|&slot| K::of_slot(slot).0)
            .filter(|&key| key != K::default())
    }
}
