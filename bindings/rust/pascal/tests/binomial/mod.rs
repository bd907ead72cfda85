//! The expected entries of any row, computed here independently of the
//! library: C(m, k) exactly, in big integers, then reduced mod 2^32.

/// C(m, k) mod 2^32, from C(m, i + 1) = C(m, i) * (m - i) / (i + 1), where
/// every division is exact. O(k^2): for the small k the tests ask about.
pub fn binomial_mod_2_32(m: u64, k: u64) -> u32 {
    if k > m {
        return 0;
    }
    // Little-endian base-2^32 digits of C(m, i).
    let mut digits: Vec<u32> = vec![1];
    for i in 0..k {
        let factor = u128::from(m - i);
        let mut carry = 0u128;
        for digit in &mut digits {
            let product = u128::from(*digit) * factor + carry;
            *digit = product as u32;
            carry = product >> 32;
        }
        while carry > 0 {
            digits.push(carry as u32);
            carry >>= 32;
        }
        let divisor = u128::from(i) + 1;
        let mut remainder = 0u128;
        for digit in digits.iter_mut().rev() {
            let value = (remainder << 32) | u128::from(*digit);
            *digit = (value / divisor) as u32;
            remainder = value % divisor;
        }
        assert_eq!(remainder, 0, "C({m}, {i}) * {} / {divisor} is exact", m - i);
        while digits.len() > 1 && digits.last() == Some(&0) {
            digits.pop();
        }
    }
    digits[0]
}
