;; Dot products of int8 word vectors with WebAssembly SIMD, for soft matching (see word-vectors.ts).
;; Built into vector-dots.ts by scripts/lexicons/build-vector-dots.mjs.
;;
;; Memory layout (set up by word-vectors.ts): bytes 0–31 the left words' row numbers (i32 each),
;; 32–63 the right words' row numbers, 64–319 the results (i32, row-major, 8 columns); from byte
;; 65536 on, the vector table, each row's int8 values padded with zeros to 112 bytes (7 lanes of 16).
(module
  (memory (export "memory") 1)
  (func (export "dots") (param $leftCount i32) (param $rightCount i32)
    (local $i i32) (local $j i32) (local $a i32) (local $b i32) (local $k i32)
    (local $sum v128) (local $va v128) (local $vb v128)
    (block $doneLeft (loop $left
      (br_if $doneLeft (i32.ge_u (local.get $i) (local.get $leftCount)))
      (local.set $a (i32.add (i32.const 65536) (i32.mul (i32.load (i32.shl (local.get $i) (i32.const 2))) (i32.const 112))))
      (local.set $j (i32.const 0))
      (block $doneRight (loop $right
        (br_if $doneRight (i32.ge_u (local.get $j) (local.get $rightCount)))
        (local.set $b (i32.add (i32.const 65536) (i32.mul (i32.load (i32.add (i32.const 32) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 112))))
        (local.set $sum (v128.const i32x4 0 0 0 0))
        (local.set $k (i32.const 0))
        (block $doneLanes (loop $lanes
          (br_if $doneLanes (i32.ge_u (local.get $k) (i32.const 112)))
          (local.set $va (v128.load (i32.add (local.get $a) (local.get $k))))
          (local.set $vb (v128.load (i32.add (local.get $b) (local.get $k))))
          (local.set $sum (i32x4.add (local.get $sum)
            (i32x4.dot_i16x8_s (i16x8.extend_low_i8x16_s (local.get $va)) (i16x8.extend_low_i8x16_s (local.get $vb)))))
          (local.set $sum (i32x4.add (local.get $sum)
            (i32x4.dot_i16x8_s (i16x8.extend_high_i8x16_s (local.get $va)) (i16x8.extend_high_i8x16_s (local.get $vb)))))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br $lanes)))
        (i32.store
          (i32.add (i32.const 64) (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 3)) (local.get $j)) (i32.const 2)))
          (i32.add
            (i32.add (i32x4.extract_lane 0 (local.get $sum)) (i32x4.extract_lane 1 (local.get $sum)))
            (i32.add (i32x4.extract_lane 2 (local.get $sum)) (i32x4.extract_lane 3 (local.get $sum)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $right)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $left))))
)
