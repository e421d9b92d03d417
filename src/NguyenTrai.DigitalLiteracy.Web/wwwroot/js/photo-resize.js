// Phone photos: a JPEG longer than 2560 px on its long side (a phone camera takes 4000-8000 px, 3-20 MB) is scaled
// down in the browser before it is sent (<input type="file" data-photo-resize="id of the note">). On deadline day a
// unit officer on 4G sends a few hundred KB instead of several MB, a 50 MP picture no longer exceeds the upload limit,
// and the server, which decodes and re-encodes every image anyway, has a quarter of the pixels to redraw. Evidence
// needs no more than 2560 px. PNG (screenshots) and PDF are sent as they are; so is everything when the browser lacks
// what this needs, or when anything fails: the original file is never lost.
(function () {
    'use strict';
    var longSide = 2560;
    var quality = 0.85;
    if (!window.createImageBitmap || !window.DataTransfer || !window.HTMLCanvasElement || !HTMLCanvasElement.prototype.toBlob) {
        return;
    }

    function megabytes(bytes) {
        return (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) + ' MB';
    }

    // Resolves to a smaller JPEG File, or null when the photo is small enough already (or the result is not smaller).
    function shrink(file) {
        return createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (bitmap) {
            var scale = longSide / Math.max(bitmap.width, bitmap.height);
            if (scale >= 1) {
                bitmap.close();
                return null;
            }
            var canvas = document.createElement('canvas');
            canvas.width = Math.round(bitmap.width * scale);
            canvas.height = Math.round(bitmap.height * scale);
            var context = canvas.getContext('2d');
            context.imageSmoothingQuality = 'high';
            context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
            bitmap.close();
            return new Promise(function (resolve) {
                canvas.toBlob(function (blob) {
                    resolve(blob && blob.size < file.size
                        ? { file: new File([blob], file.name, { type: 'image/jpeg', lastModified: file.lastModified }), width: canvas.width, height: canvas.height }
                        : null);
                }, 'image/jpeg', quality);
            });
        });
    }

    document.querySelectorAll('input[type=file][data-photo-resize]').forEach(function (input) {
        var note = document.getElementById(input.getAttribute('data-photo-resize'));
        var buttons = input.form ? input.form.querySelectorAll('button[type=submit]') : [];
        function say(text) {
            if (note) {
                note.textContent = text;
            }
        }
        function busy(on) {
            Array.prototype.forEach.call(buttons, function (button) { button.disabled = on; });
            input.setAttribute('aria-busy', on ? 'true' : 'false');
        }

        input.addEventListener('change', function () {
            var file = input.files && input.files[0];
            say('');
            if (!file || file.type !== 'image/jpeg') {
                return;
            }
            busy(true);
            say('Đang thu nhỏ ảnh…');
            shrink(file).then(function (smaller) {
                if (!smaller || input.files[0] !== file) {
                    say('');
                    return;
                }
                var transfer = new DataTransfer();
                transfer.items.add(smaller.file);
                input.files = transfer.files;
                say('Ảnh đã được thu nhỏ còn ' + smaller.width + ' x ' + smaller.height + ' điểm ảnh (' +
                    megabytes(smaller.file.size) + ', ảnh gốc ' + megabytes(file.size) + ') để gửi nhanh hơn.');
            }).catch(function () {
                say(''); // the browser could not read it: the server decides, with its own message
            }).then(function () {
                busy(false);
            });
        });
    });
})();
